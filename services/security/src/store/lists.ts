import { arrayText, between, containsText, hasChildIn, involving, listPage, listPagesOf, oneOf, type Database } from '@pamir/db';
import { involvedEntity, pageRequest, requireRange, searchTerm } from '@pamir/graph';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import { eventInvolvement, facilityInvolvement } from './involvement.js';
import type {
  MilitaryFacilityFilter,
  SecurityEventFilter,
  SecurityEventOrder,
} from '../generated/graphql.js';

// The lists this subgraph serves. Each takes the list's arguments, checked here once (so the
// top-level queries and the fields contributed to other subgraphs' entities refuse the same input
// the same way), builds its WHERE from the filter, and leaves the rest to listPage. A scope is the
// parent of a contributed list (Country.securityEvents ...): one more condition, ANDed with
// whatever the caller's filter says; the contributed lists are asked for many parents at once
// (listPagesOf), the parent's key standing in an SQL expression.

/** The arguments every list of events takes. */
export interface EventListArgs {
  filter?: SecurityEventFilter | null;
  first?: number | null;
  after?: string | null;
  orderBy?: SecurityEventOrder | null;
}

/** The arguments every list of facilities takes. */
export interface FacilityListArgs {
  filter?: MilitaryFacilityFilter | null;
  first?: number | null;
  after?: string | null;
}

/** The kind of parent entity a contributed list of events belongs to. */
export type EventParent = 'country' | 'place' | 'organization';

/** The kind of parent entity a contributed list of facilities belongs to. */
export type FacilityParent = 'hostCountry' | 'organization';

/** The event has any of these organisations among its actors, in any role. */
function hasActor(db: Database, organizationIds: readonly string[] | SQL | null | undefined): SQL | undefined {
  const actors = schema.securityEventActors;
  const child = { table: actors, parent: actors.eventId, column: actors.organizationId };
  return hasChildIn(db, child, schema.securityEvents.id, organizationIds);
}

/** The facility is operated or financed by any of these organisations. */
function hasOrganization(
  db: Database,
  organizationIds: readonly string[] | SQL | null | undefined,
): SQL | undefined {
  const links = schema.militaryFacilityOrganizations;
  const child = { table: links, parent: links.facilityId, column: links.organizationId };
  return hasChildIn(db, child, schema.militaryFacilities.id, organizationIds);
}

/**
 * The record is disputed: the claims file holds two claims on one of its fields with different
 * values. `true` keeps only such records, `false` only the others, null or absent both.
 */
function disputed(
  recordType: schema.ClaimRow['recordType'],
  id: PgColumn,
  wanted: boolean | null | undefined,
): SQL | undefined {
  if (wanted == null) return undefined;
  const c = schema.claims;
  const exists = sql`exists (select 1 from ${c} where ${c.recordType} = ${recordType} and ${c.recordId} = ${id} group by ${c.field} having count(distinct ${c.value}) > 1)`;
  return wanted ? exists : sql`not ${exists}`;
}

/** Archived records stay out of every list unless the filter asks for them. */
function unlessArchived(
  archivedAt: PgColumn,
  filter: { includeArchived?: boolean | null } | null | undefined,
): SQL | undefined {
  return filter?.includeArchived ? undefined : isNull(archivedAt);
}

/** Which events a filter and a scope select; the lists and the ACLED export share it. */
export function securityEventsWhere(db: Database, filter: SecurityEventFilter | null | undefined): SQL | undefined {
  const t = schema.securityEvents;
  return and(
    unlessArchived(t.archivedAt, filter),
    oneOf(t.countryCode, filter?.countries),
    oneOf(t.placeId, filter?.places),
    hasActor(db, filter?.actors),
    involving(db, t.id, eventInvolvement, involvedEntity(filter?.involving)),
    oneOf(t.eventType, filter?.eventTypes),
    oneOf(t.subEventType, filter?.subEventTypes),
    oneOf(t.disorderType, filter?.disorderTypes),
    oneOf(t.status, filter?.statuses),
    oneOf(t.fatalitiesQualifier, filter?.fatalitiesQualifiers),
    disputed('SecurityEvent', t.id, filter?.disputed),
    between(t.date, filter?.from, filter?.to),
    containsText(searchTerm(filter?.search), sql`${t.title}`, sql`${t.summary}`, arrayText(t.tags)),
  );
}

/** The events of one parent, `key` standing for its key. */
function eventsOf(db: Database, parent: EventParent, key: SQL): SQL | undefined {
  const t = schema.securityEvents;
  if (parent === 'country') return eq(t.countryCode, key);
  if (parent === 'place') return eq(t.placeId, key);
  return hasActor(db, key);
}

/** Newest first unless asked otherwise; the same order for the top-level and contributed lists. */
function eventOrder(args: EventListArgs) {
  const t = schema.securityEvents;
  return {
    order: { columns: [t.date, t.id], direction: args.orderBy === 'DATE_ASC' ? ('asc' as const) : ('desc' as const) },
    key: (row: schema.SecurityEventRow) => [row.date, row.id],
  };
}

export function listSecurityEvents(db: Database, args: EventListArgs) {
  const page = pageRequest(args);
  requireRange(args.filter);
  return listPage(db, schema.securityEvents, { where: securityEventsWhere(db, args.filter), page, ...eventOrder(args) });
}

/** Each parent's page of its events (Country.securityEvents ...), in one statement for all of them. */
export function listSecurityEventsOf(db: Database, args: EventListArgs, parent: EventParent, parents: readonly string[]) {
  const page = pageRequest(args);
  requireRange(args.filter);
  return listPagesOf(db, schema.securityEvents, {
    parents,
    where: (key) => and(securityEventsWhere(db, args.filter), eventsOf(db, parent, key)),
    page,
    ...eventOrder(args),
  });
}

/** Which facilities a filter selects. */
function militaryFacilitiesWhere(db: Database, filter: MilitaryFacilityFilter | null | undefined): SQL | undefined {
  const t = schema.militaryFacilities;
  return and(
    unlessArchived(t.archivedAt, filter),
    oneOf(t.hostCountryCode, filter?.countries),
    oneOf(t.kind, filter?.kinds),
    oneOf(t.status, filter?.statuses),
    hasOrganization(db, filter?.organizations),
    involving(db, t.id, facilityInvolvement, involvedEntity(filter?.involving)),
    disputed('MilitaryFacility', t.id, filter?.disputed),
    containsText(searchTerm(filter?.search), sql`${t.name}`, arrayText(t.aliases)),
  );
}

/** The facilities of one parent, `key` standing for its key. */
function facilitiesOf(db: Database, parent: FacilityParent, key: SQL): SQL | undefined {
  return parent === 'hostCountry' ? eq(schema.militaryFacilities.hostCountryCode, key) : hasOrganization(db, key);
}

/** By name, then id. */
const facilityOrder = {
  order: { columns: [schema.militaryFacilities.name, schema.militaryFacilities.id], direction: 'asc' as const },
  key: (row: schema.MilitaryFacilityRow) => [row.name, row.id],
};

export function listMilitaryFacilities(db: Database, args: FacilityListArgs) {
  const page = pageRequest(args);
  return listPage(db, schema.militaryFacilities, { where: militaryFacilitiesWhere(db, args.filter), page, ...facilityOrder });
}

/** Each parent's page of its facilities, in one statement for all of them. */
export function listMilitaryFacilitiesOf(
  db: Database,
  args: FacilityListArgs,
  parent: FacilityParent,
  parents: readonly string[],
) {
  const page = pageRequest(args);
  return listPagesOf(db, schema.militaryFacilities, {
    parents,
    where: (key) => and(militaryFacilitiesWhere(db, args.filter), facilitiesOf(db, parent, key)),
    page,
    ...facilityOrder,
  });
}
