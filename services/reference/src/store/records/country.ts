import { replaceCitations } from '@pamir/db';
import { eq, sql } from 'drizzle-orm';
import { countryRecord, type CountryRecord } from '../../data/records.js';
import * as schema from '../../db/schema.js';
import { archivedPart, citationReferences, citationsOf, setArchived } from './shared.js';
import type { Writable } from './writable.js';

const t = schema.countries;

export const countries: Writable<CountryRecord, schema.CountryRow> = {
  recordType: 'Country',
  record: countryRecord,

  async read(db, code) {
    const [row] = await db.select().from(t).where(eq(t.code, code)).for('update');
    if (!row) return undefined;
    const snapshot = {
      code: row.code,
      isoNumeric: row.isoNumeric,
      name: row.name,
      aliases: row.aliases,
      outsideKnowledge: row.outsideKnowledge,
      citations: await citationsOf(db, schema.countryCitations, code),
      ...archivedPart(row),
    };
    return { version: row.version, snapshot };
  },

  async write(db, { citations, ...country }, version, exists) {
    const values = { ...country, outsideKnowledge: country.outsideKnowledge ?? null, version, updatedAt: sql`now()` };
    if (exists) await db.update(t).set(values).where(eq(t.code, country.code));
    else await db.insert(t).values(values);
    await replaceCitations(db, schema.countryCitations, [{ id: country.code, citations }]);
  },

  setArchived: (db, code, version, archived) => setArchived(db, t, t.code, code, version, archived),

  load: async (db, code) => (await db.select().from(t).where(eq(t.code, code)))[0],

  references: (record, argument) => citationReferences(record.citations, argument),
};
