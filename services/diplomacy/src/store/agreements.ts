import { between, containsText, hasChildIn, listPage, oneOf, overlaps, type Database } from '@pamir/db';
import { searchTerm, type PageRequest } from '@pamir/graph';
import { and, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type { AgreementFilter } from '../generated/graphql.js';

// The agreements list, behind Query.agreements and the agreements lists contributed to
// Country, Organization and Person (as a scope). Newest signature first; undated agreements last.
// Archived agreements are left out unless the filter asks for them.

const t = schema.agreements;
const parties = schema.agreementParties;
const witnesses = schema.agreementWitnesses;

/** Agreements with a party whose column holds one of the values. */
function withParties(db: Database, column: PgColumn, values: readonly string[] | null | undefined): SQL | undefined {
  return hasChildIn(db, { table: parties, parent: parties.agreementId, column }, t.id, values);
}

/** Agreements with any of these countries as a party, itself or through an organisation of theirs. */
const withPartyCountries = (db: Database, codes: readonly string[] | null | undefined) =>
  or(withParties(db, parties.countryCode, codes), withParties(db, parties.organizationCountryCode, codes));

/** Agreements with any of these organisations as a party. */
const withPartyOrganizations = (db: Database, ids: readonly string[] | null | undefined) =>
  withParties(db, parties.organizationId, ids);

/** Agreements signed or witnessed by any of these people. */
function withPeople(db: Database, ids: readonly string[] | null | undefined): SQL | undefined {
  if (!ids?.length) return undefined;
  const witnessed = { table: witnesses, parent: witnesses.agreementId, column: witnesses.personId };
  return or(withParties(db, parties.signatoryId, ids), hasChildIn(db, witnessed, t.id, ids));
}

/** What a contributed list adds to the caller's filter: "this country is a party" and the like. */
export type AgreementScope = Pick<AgreementFilter, 'countries' | 'organizations' | 'people'>;

/** One page of agreements matching both the filter and the scope. */
export function listAgreements(
  db: Database,
  filter: AgreementFilter | null | undefined,
  page: PageRequest,
  scope: AgreementScope = {},
) {
  return listPage(db, t, {
    where: and(
      filter?.includeArchived ? undefined : isNull(t.archivedAt),
      withPartyCountries(db, scope.countries),
      withPartyOrganizations(db, scope.organizations),
      withPeople(db, scope.people),
      withPartyCountries(db, filter?.countries),
      withPartyOrganizations(db, filter?.organizations),
      withPeople(db, filter?.people),
      oneOf(t.instrumentType, filter?.instrumentTypes),
      oneOf(t.status, filter?.statuses),
      overlaps(t.subjects, filter?.subjects),
      between(t.signedOn, filter?.from, filter?.to),
      containsText(searchTerm(filter?.search), sql`${t.title}`, sql`${t.summary}`),
    ),
    order: { columns: [t.sortDate, t.id], direction: 'desc' },
    page,
    key: (row) => [row.sortDate, row.id],
  });
}
