import { replaceCitations } from '@pamir/db';
import { eq, sql } from 'drizzle-orm';
import { placeRecord, type PlaceRecord } from '../../data/records.js';
import * as schema from '../../db/schema.js';
import { archivedPart, citationReferences, citationsOf, setArchived } from './shared.js';
import type { Writable } from './writable.js';

const t = schema.places;

export const places: Writable<PlaceRecord, schema.PlaceRow> = {
  recordType: 'Place',
  record: placeRecord,

  async read(db, id) {
    const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
    if (!row) return undefined;
    const snapshot = {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      kind: row.kind,
      country: row.countryCode,
      admin1: row.admin1,
      admin2: row.admin2,
      location: row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude },
      precision: row.precision,
      outsideKnowledge: row.outsideKnowledge,
      citations: await citationsOf(db, schema.placeCitations, id),
      ...archivedPart(row),
    };
    return { version: row.version, snapshot };
  },

  async write(db, { citations, country, location, ...place }, version, exists) {
    const values = {
      ...place,
      countryCode: country,
      admin1: place.admin1 ?? null,
      admin2: place.admin2 ?? null,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      precision: place.precision ?? null,
      outsideKnowledge: place.outsideKnowledge ?? null,
      version,
      updatedAt: sql`now()`,
    };
    if (exists) await db.update(t).set(values).where(eq(t.id, place.id));
    else await db.insert(t).values(values);
    await replaceCitations(db, schema.placeCitations, [{ id: place.id, citations }]);
  },

  setArchived: (db, id, version, archived) => setArchived(db, t, t.id, id, version, archived),

  load: async (db, id) => (await db.select().from(t).where(eq(t.id, id)))[0],

  references: (record, argument) => [
    { path: `${argument}.country`, typename: 'Country', key: { code: record.country } },
    ...citationReferences(record.citations, argument),
  ],
};
