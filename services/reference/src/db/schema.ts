import { citationTable, versionColumns } from '@pamir/db';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';

export const datePrecision = pgEnum('date_precision', ['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const placeKind = pgEnum('place_kind', [
  'SETTLEMENT',
  'DISTRICT',
  'PROVINCE',
  'BORDER_CROSSING',
  'NATURAL_FEATURE',
  'AREA',
]);
export const geoPrecision = pgEnum('geo_precision', ['EXACT', 'NEAR', 'REGION']);
export const organizationKind = pgEnum('organization_kind', [
  'STATE_BODY',
  'ARMED_FORCES',
  'NON_STATE_ARMED_GROUP',
  'POLITICAL_PARTY',
  'COMPANY',
  'INTERGOVERNMENTAL',
  'FINANCIAL_INSTITUTION',
  'MEDIA',
  'OTHER',
]);

export const countries = pgTable(
  'countries',
  {
    code: text().primaryKey(),
    isoNumeric: text().notNull(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'`),
    outsideKnowledge: text(),
    ...versionColumns(),
  },
  (t) => [
    check('countries_code_alpha3', sql`${t.code} ~ '^[A-Z]{3}$'`),
    check('countries_iso_numeric', sql`${t.isoNumeric} ~ '^[0-9]{3}$'`),
    index('countries_name').on(t.name, t.code),
  ],
);

export const places = pgTable(
  'places',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'`),
    kind: placeKind().notNull(),
    countryCode: text()
      .notNull()
      .references(() => countries.code),
    admin1: text(),
    admin2: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    precision: geoPrecision(),
    outsideKnowledge: text(),
    ...versionColumns(),
  },
  (t) => [
    check('places_latitude', sql`${t.latitude} between -90 and 90`),
    check('places_longitude', sql`${t.longitude} between -180 and 180`),
    check('places_point_whole', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    index('places_name').on(t.name, t.id),
    index('places_country').on(t.countryCode),
    index('places_admin1').on(t.admin1),
  ],
);

export const organizations = pgTable(
  'organizations',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'`),
    kind: organizationKind().notNull(),
    countryCode: text().references(() => countries.code),
    outsideKnowledge: text(),
    ...versionColumns(),
  },
  (t) => [index('organizations_name').on(t.name, t.id), index('organizations_country').on(t.countryCode)],
);

export const people = pgTable(
  'people',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'`),
    outsideKnowledge: text(),
    ...versionColumns(),
  },
  (t) => [index('people_name').on(t.name, t.id)],
);

export const personRoles = pgTable(
  'person_roles',
  {
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    organizationId: text().references(() => organizations.id),
    countryCode: text().references(() => countries.code),
    from: date({ mode: 'string' }),
    to: date({ mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.position] }),
    check('person_roles_period', sql`${t.to} is null or ${t.from} is null or ${t.from} <= ${t.to}`),
    index('person_roles_organization').on(t.organizationId),
  ],
);

export const sourceDocuments = pgTable(
  'source_documents',
  {
    id: text().primaryKey(),
    title: text().notNull(),
    publisher: text().notNull(),
    originalPublisher: text(),
    author: text(),
    publishedOn: date({ mode: 'string' }).notNull(),
    datePrecision: datePrecision().notNull(),
    url: text(),
    dateNote: text(),
    file: text(),
    section: integer(),
    ...versionColumns(),
  },
  (t) => [index('source_documents_published').on(t.publishedOn, t.id)],
);

// Every write leaves a revision and an audit entry, in this subgraph's own database.
export { auditLog, revisions } from '@pamir/db';

export const countryCitations = citationTable('country_citations', () => countries.code);
export const placeCitations = citationTable('place_citations', () => places.id);
export const organizationCitations = citationTable('organization_citations', () => organizations.id);
export const personCitations = citationTable('person_citations', () => people.id);

/** How a reported figure relates to the true one. */
export const figureQualifier = pgEnum('figure_qualifier', ['EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN']);
export const estimateUnit = pgEnum('estimate_unit', ['PERSONS', 'PERCENT', 'KILOMETRES', 'EVENTS']);
export const claimRecordType = pgEnum('claim_record_type', ['Organization', 'Estimate']);

/**
 * A figure the sources give about a country, place or group at a time (foreign fighters, a share of
 * a population, a border's length): curated, each with its citations and, where sources differ, claims.
 */
export const estimates = pgTable(
  'estimates',
  {
    id: text().primaryKey(),
    subject: text().notNull(),
    summary: text(),
    unit: estimateUnit().notNull(),
    /** The figure the record uses: a claim's value, or the lowest of a range. */
    value: doublePrecision(),
    qualifier: figureQualifier().notNull(),
    low: doublePrecision(),
    high: doublePrecision(),
    countryCode: text().references(() => countries.code),
    placeId: text().references(() => places.id),
    organizationId: text().references(() => organizations.id),
    asOf: date({ mode: 'string' }),
    datePrecision: datePrecision(),
  },
  (t) => [
    check('estimates_range', sql`(${t.low} is null or ${t.high} is null or ${t.low} <= ${t.high})`),
    check('estimates_unknown_has_no_value', sql`${t.qualifier} <> 'UNKNOWN' or ${t.value} is null`),
    check('estimates_as_of_whole', sql`(${t.asOf} is null) = (${t.datePrecision} is null)`),
    index('estimates_subject').on(t.subject, t.id),
    index('estimates_country').on(t.countryCode),
  ],
);
export const estimateCitations = citationTable('estimate_citations', () => estimates.id);

/**
 * What each source says about one field of an organisation or estimate, where sources disagree:
 * one row per claim, the one the record uses marked `used`. The same shape as the security subgraph's.
 */
export const claims = pgTable(
  'claims',
  {
    recordType: claimRecordType().notNull(),
    recordId: text().notNull(),
    position: integer().notNull(),
    field: text().notNull(),
    value: text().notNull(),
    used: boolean().notNull(),
    reason: text(),
    sourceId: text()
      .notNull()
      .references(() => sourceDocuments.id),
    quote: text().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.recordType, t.recordId, t.position] }),
    check('claims_quote_present', sql`length(btrim(${t.quote})) > 0`),
  ],
);

export type CountryRow = typeof countries.$inferSelect;
export type PlaceRow = typeof places.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type PersonRoleRow = typeof personRoles.$inferSelect;
export type SourceDocumentRow = typeof sourceDocuments.$inferSelect;
export type EstimateRow = typeof estimates.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
