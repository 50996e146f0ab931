import { between, containsText, listPage, oneOf, overlaps, type Database } from '@pamir/db';
import { searchTerm, type PageRequest } from '@pamir/graph';
import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type { AgreementFilter } from '../generated/graphql.js';

// The agreements list, behind Query.agreements and the agreements lists contributed to
// Country, Organization and Person (as a scope). Newest signature first; undated agreements last.

const t = schema.agreements;
const parties = schema.agreementParties;
const witnesses = schema.agreementWitnesses;

/** Agreements with a party whose column holds one of the values. */
function withParties(db: Database, column: PgColumn, values: readonly string[]): SQL {
  return inArray(t.id, db.select({ id: parties.agreementId }).from(parties).where(inArray(column, [...values])));
}

/** Agreements with any of these countries as a party. */
function withPartyCountries(db: Database, codes: readonly string[] | null | undefined): SQL | undefined {
  return codes?.length ? withParties(db, parties.countryCode, codes) : undefined;
}

/** Agreements with any of these organisations as a party. */
function withPartyOrganizations(db: Database, ids: readonly string[] | null | undefined): SQL | undefined {
  return ids?.length ? withParties(db, parties.organizationId, ids) : undefined;
}

/** Agreements signed or witnessed by any of these people. */
function withPeople(db: Database, ids: readonly string[] | null | undefined): SQL | undefined {
  if (!ids?.length) return undefined;
  return or(
    withParties(db, parties.signatoryId, ids),
    inArray(t.id, db.select({ id: witnesses.agreementId }).from(witnesses).where(inArray(witnesses.personId, [...ids]))),
  );
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
