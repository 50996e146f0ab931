import { fields, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// An estimate: curated only (the API does not write estimates), so it has a data-file shape and
// rows, and no record type. The file replaces the estimates it names whole.

export const estimateRecord = z
  .strictObject({
    id: fields.slug,
    subject: fields.text,
    summary: z.string().nullish(),
    unit: z.enum(schema.estimateUnit.enumValues),
    value: z.number().nonnegative().nullish(),
    qualifier: z.enum(schema.figureQualifier.enumValues),
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
export type EstimateRecord = z.infer<typeof estimateRecord>;

/** Rows and citations, one statement per table for all estimates. */
export async function writeEstimates(tx: Database, estimates: readonly EstimateRecord[]): Promise<void> {
  await upsertAll(
    tx,
    schema.estimates,
    [schema.estimates.id],
    estimates.map((estimate) => ({
      id: estimate.id,
      subject: estimate.subject,
      summary: estimate.summary ?? null,
      unit: estimate.unit,
      value: estimate.value ?? null,
      qualifier: estimate.qualifier,
      low: estimate.low ?? null,
      high: estimate.high ?? null,
      countryCode: estimate.country ?? null,
      placeId: estimate.place ?? null,
      organizationId: estimate.organization ?? null,
      asOf: estimate.asOf ?? null,
      datePrecision: estimate.datePrecision ?? null,
    })),
  );
  await replaceCitations(tx, schema.estimateCitations, estimates);
}
