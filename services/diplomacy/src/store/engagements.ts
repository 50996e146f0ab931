import { between, containsText, hasChildIn, listPage, oneOf, type Database } from '@pamir/db';
import { searchTerm, type PageRequest } from '@pamir/graph';
import { and, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type { EngagementFilter } from '../generated/graphql.js';

// The engagements list, behind Query.engagements and the engagements lists contributed to
// Country, Organization and Person. Newest first, by start date. Archived engagements are left
// out unless the filter asks for them.

const t = schema.engagements;
const participants = schema.engagementParticipants;

/** Engagements with a participant whose column holds one of the values. */
function withParticipants(db: Database, column: PgColumn, values: readonly string[] | null | undefined): SQL | undefined {
  return hasChildIn(db, { table: participants, parent: participants.engagementId, column }, t.id, values);
}

/** Engagements any of these countries took part in, themselves or through an organisation of theirs. */
const withParticipantCountries = (db: Database, codes: readonly string[] | null | undefined) =>
  or(
    withParticipants(db, participants.countryCode, codes),
    withParticipants(db, participants.organizationCountryCode, codes),
  );

/** Engagements any of these organisations took part in. */
const withParticipantOrganizations = (db: Database, ids: readonly string[] | null | undefined) =>
  withParticipants(db, participants.organizationId, ids);

/** Engagements any of these people took part in. */
const withParticipantPeople = (db: Database, ids: readonly string[] | null | undefined) =>
  withParticipants(db, participants.personId, ids);

/** What a contributed list adds to the caller's filter: "this country took part" and the like. */
export type EngagementScope = Pick<EngagementFilter, 'countries' | 'organizations' | 'people'>;

/** One page of engagements matching both the filter and the scope. */
export function listEngagements(
  db: Database,
  filter: EngagementFilter | null | undefined,
  page: PageRequest,
  scope: EngagementScope = {},
) {
  return listPage(db, t, {
    where: and(
      filter?.includeArchived ? undefined : isNull(t.archivedAt),
      withParticipantCountries(db, scope.countries),
      withParticipantOrganizations(db, scope.organizations),
      withParticipantPeople(db, scope.people),
      withParticipantCountries(db, filter?.countries),
      withParticipantOrganizations(db, filter?.organizations),
      withParticipantPeople(db, filter?.people),
      oneOf(t.kind, filter?.kinds),
      oneOf(t.status, filter?.statuses),
      between(t.startDate, filter?.from, filter?.to),
      containsText(searchTerm(filter?.search), sql`${t.title}`, sql`${t.summary}`),
    ),
    order: { columns: [t.startDate, t.id], direction: 'desc' },
    page,
    key: (row) => [row.startDate, row.id],
  });
}
