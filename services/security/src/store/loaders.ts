import { citationLoader, claimLoader, groupLoader, involvementLoader, parentPagesLoader, rowLoader, type Database } from '@pamir/db';
import { asc, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import { eventInvolvement, facilityInvolvement } from './involvement.js';
import {
  listMilitaryFacilitiesOf,
  listSecurityEventsOf,
  type EventListArgs,
  type EventParent,
  type FacilityListArgs,
  type FacilityParent,
} from './lists.js';

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
    /** How one country, organisation or person takes part in each of a page's records. */
    eventInvolvement: involvementLoader(db, eventInvolvement),
    facilityInvolvement: involvementLoader(db, facilityInvolvement),
    /** The lists contributed to other subgraphs' entities: every parent asking alike, one statement. */
    eventPages: parentPagesLoader((request: { parent: EventParent; args: EventListArgs }, parents) =>
      listSecurityEventsOf(db, request.args, request.parent, parents),
    ),
    facilityPages: parentPagesLoader((request: { parent: FacilityParent; args: FacilityListArgs }, parents) =>
      listMilitaryFacilitiesOf(db, request.args, request.parent, parents),
    ),
    claims: {
      securityEvent: claimLoader(db, schema.claims, 'SecurityEvent'),
      militaryFacility: claimLoader(db, schema.claims, 'MilitaryFacility'),
    },
    citations: {
      securityEvent: citationLoader(db, schema.securityEventCitations),
      militaryFacility: citationLoader(db, schema.militaryFacilityCitations),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
