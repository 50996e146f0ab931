import { claimSchema, fields } from '@pamir/db';
import { z } from 'zod';

// The shapes of the curated data files in ../../data; every record is checked on load.

export const countryRecord = z.object({
  code: fields.countryCode,
  isoNumeric: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit ISO 3166-1 numeric code'),
  name: fields.text,
  aliases: fields.aliases,
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});

export const placeRecord = z.object({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  kind: z.enum(['SETTLEMENT', 'DISTRICT', 'PROVINCE', 'BORDER_CROSSING', 'NATURAL_FEATURE', 'AREA']),
  country: fields.countryCode,
  admin1: z.string().nullish(),
  admin2: z.string().nullish(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullish(),
  precision: z.enum(['EXACT', 'NEAR', 'REGION']).nullish(),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});

export const organizationRecord = z.object({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  kind: z.enum([
    'STATE_BODY',
    'ARMED_FORCES',
    'NON_STATE_ARMED_GROUP',
    'POLITICAL_PARTY',
    'COMPANY',
    'INTERGOVERNMENTAL',
    'FINANCIAL_INSTITUTION',
    'MEDIA',
    'OTHER',
  ]),
  country: fields.countryCode.nullish(),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});

export const personRecord = z.object({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  roles: z
    .array(
      z
        .object({
          title: fields.text,
          organization: fields.slug.nullish(),
          country: fields.countryCode.nullish(),
          from: fields.isoDate.nullish(),
          to: fields.isoDate.nullish(),
        })
        .refine((role) => fields.rangeInOrder(role.from, role.to), { message: 'from is after to', path: ['from'] }),
    )
    .default([]),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});

export const sourceDocumentRecord = z.object({
  id: fields.slug,
  title: fields.text,
  publisher: fields.text,
  originalPublisher: z.string().nullish(),
  author: z.string().nullish(),
  publishedOn: fields.isoDate,
  datePrecision: fields.datePrecision,
  url: z.string().url().nullish(),
  dateNote: z.string().nullish(),
  file: z.string().nullish(),
  section: z.number().int().nonnegative().nullish(),
});

export type CountryRecord = z.infer<typeof countryRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type PersonRecord = z.infer<typeof personRecord>;
export type SourceDocumentRecord = z.infer<typeof sourceDocumentRecord>;

export const figureQualifiers = ['EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN'] as const;

export const estimateRecord = z
  .object({
    id: fields.slug,
    subject: fields.text,
    summary: z.string().nullish(),
    unit: z.enum(['PERSONS', 'PERCENT', 'KILOMETRES', 'EVENTS']),
    value: z.number().nonnegative().nullish(),
    qualifier: z.enum(figureQualifiers),
    low: z.number().nonnegative().nullish(),
    high: z.number().nonnegative().nullish(),
    country: fields.countryCode.nullish(),
    place: fields.slug.nullish(),
    organization: fields.slug.nullish(),
    asOf: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision.nullish(),
    citations: fields.citations,
  })
  .refine((e) => (e.qualifier === 'UNKNOWN') === (e.value == null), {
    message: 'an UNKNOWN estimate has no value, and any other has one',
    path: ['qualifier'],
  })
  .refine((e) => (e.low == null || e.value == null || e.low <= e.value) && (e.high == null || e.value == null || e.value <= e.high), {
    message: 'value lies outside low..high',
    path: ['value'],
  })
  .refine((e) => (e.asOf == null) === (e.datePrecision == null), {
    message: 'asOf and datePrecision come together or not at all',
    path: ['datePrecision'],
  });

/** What one source says about one field of a record: the data file `claims.json`. */
export const claimRecord = claimSchema(['Organization', 'Estimate']);

export type EstimateRecord = z.infer<typeof estimateRecord>;
export type ClaimRecord = z.infer<typeof claimRecord>;
