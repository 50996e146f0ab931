import { arrayText, between, containsText, hasChildIn, listPage, oneOf, type Database } from '@pamir/db';
import { pageRequest, requireRange, searchTerm } from '@pamir/graph';
import { and, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type {
  MilitaryFacilityFilter,
  SecurityEventFilter,
  SecurityEventOrder,
} from '../generated/graphql.js';

// The lists this subgraph serves. Each takes the list's arguments, checked here once (so the
// top-level queries and the fields contributed to other subgraphs' entities refuse the same input
// the same way), builds its WHERE from the filter, and leaves the rest to listPage. A scope is the
// parent of a contributed list (Country.securityEvents ...): one more condition, ANDed with
// whatever the caller's filter says.

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

/** The parent entity a contributed list of events belongs to. */
export interface EventScope {
  countryCode?: string;
  placeId?: string;
  organizationId?: string;
}

/** The parent entity a contributed list of facilities belongs to. */
export interface FacilityScope {
  hostCountryCode?: string;
  organizationId?: string;
}

/** The event has any of these organisations among its actors, in any role. */
function hasActor(db: Database, organizationIds: readonly string[] | null | undefined): SQL | undefined {
  const actors = schema.securityEventActors;
  const child = { table: actors, parent: actors.eventId, column: actors.organizationId };
  return hasChildIn(db, child, schema.securityEvents.id, organizationIds);
}

/** The facility is operated or financed by any of these organisations. */
function hasOrganization(
  db: Database,
  organizationIds: readonly string[] | null | undefined,
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

/** Wraps a scope's single key as a one-value list for the filter helpers. */
const only = (value: string | undefined) => (value === undefined ? undefined : [value]);

/** Which events a filter and a scope select; the lists and the ACLED export share it. */
export function securityEventsWhere(
  db: Database,
  filter: SecurityEventFilter | null | undefined,
  scope: EventScope = {},
): SQL | undefined {
  const t = schema.securityEvents;
  return and(
    unlessArchived(t.archivedAt, filter),
    oneOf(t.countryCode, only(scope.countryCode)),
    oneOf(t.placeId, only(scope.placeId)),
    hasActor(db, only(scope.organizationId)),
    oneOf(t.countryCode, filter?.countries),
    oneOf(t.placeId, filter?.places),
    hasActor(db, filter?.actors),
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

export function listSecurityEvents(db: Database, args: EventListArgs, scope: EventScope = {}) {
  const page = pageRequest(args);
  requireRange(args.filter);
  const t = schema.securityEvents;
  return listPage(db, t, {
    where: securityEventsWhere(db, args.filter, scope),
    order: { columns: [t.date, t.id], direction: args.orderBy === 'DATE_ASC' ? 'asc' : 'desc' },
    page,
    key: (row) => [row.date, row.id],
  });
}

export function listMilitaryFacilities(db: Database, args: FacilityListArgs, scope: FacilityScope = {}) {
  const page = pageRequest(args);
  const filter = args.filter;
  const t = schema.militaryFacilities;
  return listPage(db, t, {
    where: and(
      unlessArchived(t.archivedAt, filter),
      oneOf(t.hostCountryCode, only(scope.hostCountryCode)),
      hasOrganization(db, only(scope.organizationId)),
      oneOf(t.hostCountryCode, filter?.countries),
      oneOf(t.kind, filter?.kinds),
      oneOf(t.status, filter?.statuses),
      hasOrganization(db, filter?.organizations),
      disputed('MilitaryFacility', t.id, filter?.disputed),
      containsText(searchTerm(filter?.search), sql`${t.name}`, arrayText(t.aliases)),
    ),
    order: { columns: [t.name, t.id], direction: 'asc' },
    page,
    key: (row) => [row.name, row.id],
  });
}
