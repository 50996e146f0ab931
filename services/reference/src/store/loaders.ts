import { citationLoader, claimLoader, groupLoader, rowLoader, type Database } from '@pamir/db';
import { asc, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';

/**
 * The per-request batched lookups: every entity reference and nested list in one request becomes
 * one SQL statement per kind, however many rows ask.
 */
export function createLoaders(db: Database) {
  return {
    country: rowLoader(
      (codes) => db.select().from(schema.countries).where(inArray(schema.countries.code, [...codes])),
      (row) => row.code,
    ),
    place: rowLoader(
      (ids) => db.select().from(schema.places).where(inArray(schema.places.id, [...ids])),
      (row) => row.id,
    ),
    organization: rowLoader(
      (ids) => db.select().from(schema.organizations).where(inArray(schema.organizations.id, [...ids])),
      (row) => row.id,
    ),
    person: rowLoader(
      (ids) => db.select().from(schema.people).where(inArray(schema.people.id, [...ids])),
      (row) => row.id,
    ),
    sourceDocument: rowLoader(
      (ids) => db.select().from(schema.sourceDocuments).where(inArray(schema.sourceDocuments.id, [...ids])),
      (row) => row.id,
    ),
    estimate: rowLoader(
      (ids) => db.select().from(schema.estimates).where(inArray(schema.estimates.id, [...ids])),
      (row) => row.id,
    ),
    claims: {
      organization: claimLoader(db, schema.claims, 'Organization'),
      estimate: claimLoader(db, schema.claims, 'Estimate'),
    },
    personRoles: groupLoader(
      (ids) =>
        db
          .select()
          .from(schema.personRoles)
          .where(inArray(schema.personRoles.personId, [...ids]))
          .orderBy(asc(schema.personRoles.personId), asc(schema.personRoles.position)),
      (row) => row.personId,
    ),
    citations: {
      country: citationLoader(db, schema.countryCitations),
      place: citationLoader(db, schema.placeCitations),
      organization: citationLoader(db, schema.organizationCitations),
      person: citationLoader(db, schema.personCitations),
      estimate: citationLoader(db, schema.estimateCitations),
    },
  };
}


export type Loaders = ReturnType<typeof createLoaders>;
