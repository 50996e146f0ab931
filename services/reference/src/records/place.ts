import { fields, readCitations, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// A place: its data-file shape (which writes are held to), its rows, its references.

const t = schema.places;

export const placeRecord = z.strictObject({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  kind: z.enum(schema.placeKind.enumValues),
  country: fields.countryCode,
  admin1: z.string().nullish(),
  admin2: z.string().nullish(),
  location: z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullish(),
  precision: z.enum(schema.geoPrecision.enumValues).nullish(),
  outsideKnowledge: z.string().nullish(),
  citations: fields.citations,
});
export type PlaceRecord = z.infer<typeof placeRecord>;

export const place = recordType({
  type: 'Place',
  input: placeRecord,
  table: t,
  column: t.id,
  references: { country: 'Country.code', 'citations.*.source': 'SourceDocument' },

  async read(db: Database, id: string): Promise<PlaceRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    return {
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
      citations: await readCitations(db, schema.placeCitations, id),
    };
  },

  async write(tx, places) {
    await upsertAll(
      tx,
      t,
      [t.id],
      places.map((place) => ({
        id: place.id,
        name: place.name,
        aliases: place.aliases,
        kind: place.kind,
        countryCode: place.country,
        admin1: place.admin1 ?? null,
        admin2: place.admin2 ?? null,
        latitude: place.location?.latitude ?? null,
        longitude: place.location?.longitude ?? null,
        precision: place.precision ?? null,
        outsideKnowledge: place.outsideKnowledge ?? null,
      })),
    );
    await replaceCitations(tx, schema.placeCitations, places);
  },
});
