import { citationLoader, groupLoader, rowLoader, type Database } from '@pamir/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';

/**
 * The per-request batched lookups: every entity reference and nested list in one request becomes
 * one SQL statement per kind, however many rows ask.
 */
export function createLoaders(db: Database) {
  return {
    securityEvent: rowLoader(
      (ids) =>
        db
          .select()
          .from(schema.securityEvents)
          .where(inArray(schema.securityEvents.id, [...ids])),
      (row) => row.id,
    ),
    militaryFacility: rowLoader(
      (ids) =>
        db
          .select()
          .from(schema.militaryFacilities)
          .where(inArray(schema.militaryFacilities.id, [...ids])),
      (row) => row.id,
    ),
    eventActors: groupLoader(
      (ids) =>
        db
          .select()
          .from(schema.securityEventActors)
          .where(inArray(schema.securityEventActors.eventId, [...ids]))
          .orderBy(asc(schema.securityEventActors.eventId), asc(schema.securityEventActors.position)),
      (row) => row.eventId,
    ),
    /** Operators and financiers together, so asking for both costs one statement. */
    facilityOrganizations: groupLoader(
      (ids) => {
        const t = schema.militaryFacilityOrganizations;
        return db
          .select()
          .from(t)
          .where(inArray(t.facilityId, [...ids]))
          .orderBy(asc(t.facilityId), asc(t.kind), asc(t.position));
      },
      (row) => row.facilityId,
    ),
    reportedCosts: groupLoader(
      (ids) => {
        const t = schema.militaryFacilityReportedCosts;
        return db
          .select()
          .from(t)
          .where(inArray(t.facilityId, [...ids]))
          .orderBy(asc(t.facilityId), asc(t.position));
      },
      (row) => row.facilityId,
    ),
    claims: {
      securityEvent: claimLoader(db, 'SecurityEvent'),
      militaryFacility: claimLoader(db, 'MilitaryFacility'),
    },
    citations: {
      securityEvent: citationLoader(db, schema.securityEventCitations),
      militaryFacility: citationLoader(db, schema.militaryFacilityCitations),
    },
  };
}

/** The claims about records of one type, in file order. */
function claimLoader(db: Database, recordType: schema.ClaimRow['recordType']) {
  const t = schema.claims;
  return groupLoader(
    (ids) =>
      db
        .select()
        .from(t)
        .where(and(eq(t.recordType, recordType), inArray(t.recordId, [...ids])))
        .orderBy(asc(t.recordId), asc(t.position)),
    (row) => row.recordId,
  );
}

export type Loaders = ReturnType<typeof createLoaders>;
