import { between, containsText, hasChildIn, involving, listPage, listPagesOf, oneOf, overlaps, type Database } from '@pamir/db';
import { involvedEntity, requireRange, searchTerm, type PageRequest } from '@pamir/graph';
import { and, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type { AgreementFilter, EngagementFilter } from '../generated/graphql.js';
import { agreementInvolvement, engagementInvolvement } from './involvement.js';

// The lists this subgraph serves, top-level and contributed to Country, Organization and Person
// (as a scope). Each checks its filter, builds its WHERE from it and the scope; listPage does the
// rest, or listPagesOf for a contributed list asked for many parents at once (the scope's value is
// then the parent's key as an SQL expression). Archived records are left out unless the filter
// asks for them.

/** Ids or codes to match, or one key as an SQL expression (a batched list's parent). */
type Ids = readonly string[] | SQL | null | undefined;

/** What a contributed list adds to the caller's filter: "this country is a party" and the like. */
export interface ListScope {
  countries?: Ids;
  organizations?: Ids;
  people?: Ids;
}

/** The kind of parent a contributed list belongs to. */
export type ListParent = keyof ListScope;

/** Archived records leave the lists unless the filter asks for them. */
function unlessArchived(archivedAt: PgColumn, includeArchived: boolean | null | undefined): SQL | undefined {
  return includeArchived ? undefined : isNull(archivedAt);
}

// Agreements: newest signature first; undated agreements last.

const a = schema.agreements;
const parties = schema.agreementParties;
const witnesses = schema.agreementWitnesses;

/** Agreements with a party whose column holds one of the values. */
function withParties(db: Database, column: PgColumn, values: Ids): SQL | undefined {
  return hasChildIn(db, { table: parties, parent: parties.agreementId, column }, a.id, values);
}

/** Agreements with any of these countries as a party, itself or through an organisation of theirs. */
const withPartyCountries = (db: Database, codes: Ids) =>
  or(withParties(db, parties.countryCode, codes), withParties(db, parties.organizationCountryCode, codes));

/** Agreements signed or witnessed by any of these people. */
function withPeople(db: Database, ids: Ids): SQL | undefined {
  if (ids == null || (Array.isArray(ids) && !ids.length)) return undefined;
  const witnessed = { table: witnesses, parent: witnesses.agreementId, column: witnesses.personId };
  return or(withParties(db, parties.signatoryId, ids), hasChildIn(db, witnessed, a.id, ids));
}

/** Agreements matching both the filter and the scope. */
function agreementsWhere(db: Database, filter: AgreementFilter | null | undefined, scope: ListScope): SQL | undefined {
  return and(
      unlessArchived(a.archivedAt, filter?.includeArchived),
      withPartyCountries(db, scope.countries),
      withParties(db, parties.organizationId, scope.organizations),
      withPeople(db, scope.people),
      withPartyCountries(db, filter?.countries),
      withParties(db, parties.organizationId, filter?.organizations),
      withPeople(db, filter?.people),
      involving(db, a.id, agreementInvolvement, involvedEntity(filter?.involving)),
      oneOf(a.instrumentType, filter?.instrumentTypes),
      oneOf(a.status, filter?.statuses),
      overlaps(a.subjects, filter?.subjects),
      between(a.signedOn, filter?.from, filter?.to),
      containsText(searchTerm(filter?.search), sql`${a.title}`, sql`${a.summary}`),
  );
}

const agreementOrder = {
  order: { columns: [a.sortDate, a.id], direction: 'desc' as const },
  key: (row: typeof a.$inferSelect) => [row.sortDate, row.id],
};

/** One page of agreements matching both the filter and the scope. */
export function listAgreements(db: Database, filter: AgreementFilter | null | undefined, page: PageRequest, scope: ListScope = {}) {
  requireRange(filter);
  return listPage(db, a, { where: agreementsWhere(db, filter, scope), page, ...agreementOrder });
}

/** Each parent's page of agreements (Country.agreements ...), in one statement for all of them. */
export function listAgreementsOf(
  db: Database,
  filter: AgreementFilter | null | undefined,
  page: PageRequest,
  parent: ListParent,
  parents: readonly string[],
) {
  requireRange(filter);
  const where = (key: SQL) => agreementsWhere(db, filter, { [parent]: key });
  return listPagesOf(db, a, { parents, where, page, ...agreementOrder });
}

// Engagements: newest first, by start date.

const e = schema.engagements;
const participants = schema.engagementParticipants;

/** Engagements with a participant whose column holds one of the values. */
function withParticipants(db: Database, column: PgColumn, values: Ids): SQL | undefined {
  return hasChildIn(db, { table: participants, parent: participants.engagementId, column }, e.id, values);
}

/** Engagements any of these countries took part in, themselves or through an organisation of theirs. */
const withParticipantCountries = (db: Database, codes: Ids) =>
  or(withParticipants(db, participants.countryCode, codes), withParticipants(db, participants.organizationCountryCode, codes));

/** Engagements matching both the filter and the scope. */
function engagementsWhere(db: Database, filter: EngagementFilter | null | undefined, scope: ListScope): SQL | undefined {
  return and(
      unlessArchived(e.archivedAt, filter?.includeArchived),
      withParticipantCountries(db, scope.countries),
      withParticipants(db, participants.organizationId, scope.organizations),
      withParticipants(db, participants.personId, scope.people),
      withParticipantCountries(db, filter?.countries),
      withParticipants(db, participants.organizationId, filter?.organizations),
      withParticipants(db, participants.personId, filter?.people),
      involving(db, e.id, engagementInvolvement, involvedEntity(filter?.involving)),
      oneOf(e.kind, filter?.kinds),
      oneOf(e.status, filter?.statuses),
      between(e.startDate, filter?.from, filter?.to),
      containsText(searchTerm(filter?.search), sql`${e.title}`, sql`${e.summary}`),
  );
}

const engagementOrder = {
  order: { columns: [e.startDate, e.id], direction: 'desc' as const },
  key: (row: typeof e.$inferSelect) => [row.startDate, row.id],
};

/** One page of engagements matching both the filter and the scope. */
export function listEngagements(db: Database, filter: EngagementFilter | null | undefined, page: PageRequest, scope: ListScope = {}) {
  requireRange(filter);
  return listPage(db, e, { where: engagementsWhere(db, filter, scope), page, ...engagementOrder });
}

/** Each parent's page of engagements (Country.engagements ...), in one statement for all of them. */
export function listEngagementsOf(
  db: Database,
  filter: EngagementFilter | null | undefined,
  page: PageRequest,
  parent: ListParent,
  parents: readonly string[],
) {
  requireRange(filter);
  const where = (key: SQL) => engagementsWhere(db, filter, { [parent]: key });
  return listPagesOf(db, e, { parents, where, page, ...engagementOrder });
}
