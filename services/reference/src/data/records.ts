import { fields } from '@pamir/db';
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
