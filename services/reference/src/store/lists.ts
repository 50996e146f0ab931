import { arrayText, between, containsText, hasChildIn, listPage, oneOf, type Database } from '@pamir/db';
import { searchTerm, type PageRequest } from '@pamir/graph';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type {
  EstimateFilter,
  CountryFilter,
  OrganizationFilter,
  PersonFilter,
  PlaceFilter,
  SourceDocumentFilter,
} from '../generated/graphql.js';

// The lists this subgraph serves. Each builds its WHERE from the filter; listPage does the rest.

/** Archived records stay out of lists unless the filter asks for them. */
function visible(filter: { includeArchived?: boolean | null } | null | undefined, archivedAt: PgColumn) {
  return filter?.includeArchived ? undefined : isNull(archivedAt);
}

/** `name` or any alias contains the search term. */
function nameMatches(filter: { search?: string | null } | null | undefined, name: PgColumn, aliases: PgColumn) {
  return containsText(searchTerm(filter?.search), sql`${name}`, arrayText(aliases));
}

export function listCountries(db: Database, filter: CountryFilter | null | undefined, page: PageRequest) {
  const t = schema.countries;
  return listPage(db, t, {
    where: and(visible(filter, t.archivedAt), nameMatches(filter, t.name, t.aliases)),
    order: { columns: [t.name, t.code], direction: 'asc' },
    page,
    key: (row) => [row.name, row.code],
  });
}

export function listPlaces(db: Database, filter: PlaceFilter | null | undefined, page: PageRequest) {
  const t = schema.places;
  return listPage(db, t, {
    where: and(
      visible(filter, t.archivedAt),
      nameMatches(filter, t.name, t.aliases),
      oneOf(t.countryCode, filter?.countries),
      oneOf(t.kind, filter?.kinds),
      filter?.admin1 ? eq(sql`lower(${t.admin1})`, filter.admin1.toLowerCase()) : undefined,
    ),
    order: { columns: [t.name, t.id], direction: 'asc' },
    page,
    key: (row) => [row.name, row.id],
  });
}

export function listOrganizations(db: Database, filter: OrganizationFilter | null | undefined, page: PageRequest) {
  const t = schema.organizations;
  return listPage(db, t, {
    where: and(
      visible(filter, t.archivedAt),
      nameMatches(filter, t.name, t.aliases),
      oneOf(t.kind, filter?.kinds),
      oneOf(t.countryCode, filter?.countries),
    ),
    order: { columns: [t.name, t.id], direction: 'asc' },
    page,
    key: (row) => [row.name, row.id],
  });
}

export function listPeople(db: Database, filter: PersonFilter | null | undefined, page: PageRequest) {
  const t = schema.people;
  const roles = schema.personRoles;
  return listPage(db, t, {
    where: and(
      visible(filter, t.archivedAt),
      nameMatches(filter, t.name, t.aliases),
      hasChildIn(db, { table: roles, parent: roles.personId, column: roles.organizationId }, t.id, filter?.organizations),
    ),
    order: { columns: [t.name, t.id], direction: 'asc' },
    page,
    key: (row) => [row.name, row.id],
  });
}

export function listSourceDocuments(db: Database, filter: SourceDocumentFilter | null | undefined, page: PageRequest) {
  const t = schema.sourceDocuments;
  return listPage(db, t, {
    where: and(
      visible(filter, t.archivedAt),
      containsText(searchTerm(filter?.search), sql`${t.title}`, sql`${t.publisher}`),
      between(t.publishedOn, filter?.from, filter?.to),
    ),
    order: { columns: [t.publishedOn, t.id], direction: 'desc' },
    page,
    key: (row) => [row.publishedOn, row.id],
  });
}

/** Estimates by subject; `disputed` keeps those with two claims on one field that differ (or none such). */
export function listEstimates(db: Database, filter: EstimateFilter | null | undefined, page: PageRequest) {
  const t = schema.estimates;
  const c = schema.claims;
  const disputed = sql`exists (select 1 from ${c} where ${c.recordType} = 'Estimate' and ${c.recordId} = ${t.id} group by ${c.field} having count(distinct ${c.value}) > 1)`;
  return listPage(db, t, {
    where: and(
      oneOf(t.countryCode, filter?.countries),
      oneOf(t.placeId, filter?.places),
      oneOf(t.organizationId, filter?.organizations),
      filter?.disputed == null ? undefined : filter.disputed ? disputed : sql`not ${disputed}`,
      containsText(searchTerm(filter?.search), sql`${t.subject}`, sql`coalesce(${t.summary}, '')`),
    ),
    order: { columns: [t.subject, t.id], direction: 'asc' },
    page,
    key: (row) => [row.subject, row.id],
  });
}
