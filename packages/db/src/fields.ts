import { isIsoDate } from '@pamir/graph';
import { z } from 'zod';

/**
 * zod pieces shared by every service's data files and mutation inputs, so a date, an id or a
 * citation is checked the same way everywhere.
 */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as darvaz-district');
export const countryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as TJK');
export const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
export const datePrecision = z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const text = z.string().trim().min(1, 'must not be empty');
export const aliases = z.array(text).default([]);
export const nonNegative = z.number().nonnegative('must not be negative');

export const citation = z.strictObject({
  source: slug,
  quote: text.max(600, 'a quote is a short excerpt (600 characters at most)'),
  note: z.string().nullish(),
});
export const citations = z.array(citation).min(1, 'every record cites at least one source');

/** Checks that a range does not end before it starts; ISO dates compare as strings. */
export function rangeInOrder(start: string | null | undefined, end: string | null | undefined): boolean {
  return !start || !end || start <= end;
}
