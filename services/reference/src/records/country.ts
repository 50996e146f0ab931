import { fields, readCitations, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// A country, keyed by its ISO alpha-3 code: its data-file shape (which writes are held to), its
// rows, its references.

const t = schema.countries;

export const countryRecord = z.strictObject({
  code: fields.countryCode,
  isoNumeric: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit ISO 3166-1 numeric code'),
  name: fields.text,
  aliases: fields.aliases,
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});
export type CountryRecord = z.infer<typeof countryRecord>;

export const country = recordType({
  type: 'Country',
  key: 'code',
  // Codes are matched upper-case, as the `country` query does.
  normalizeKey: (code) => code.toUpperCase(),
  input: countryRecord,
  table: t,
  column: t.code,
  references: { 'citations.*.source': 'SourceDocument' },

  async read(db: Database, code: string): Promise<CountryRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.code, code));
    if (!row) return undefined;
    return {
      code: row.code,
      isoNumeric: row.isoNumeric,
      name: row.name,
      aliases: row.aliases,
      outsideKnowledge: row.outsideKnowledge,
      citations: await readCitations(db, schema.countryCitations, code),
    };
  },

  async write(tx, countries) {
    await upsertAll(
      tx,
      t,
      [t.code],
      countries.map((country) => ({
        code: country.code,
        isoNumeric: country.isoNumeric,
        name: country.name,
        aliases: country.aliases,
        outsideKnowledge: country.outsideKnowledge ?? null,
      })),
    );
    await replaceCitations(
      tx,
      schema.countryCitations,
      countries.map((country) => ({ id: country.code, citations: country.citations })),
    );
  },
});
