import { citationTable, versionColumns } from '@pamir/db';
import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type PgColumn,
} from 'drizzle-orm/pg-core';
import {
  actorRoles,
  actorTypes,
  disorderTypes,
  eventTypes,
  facilityKinds,
  facilityOrganizationKinds,
  facilityStatuses,
  mainActorRoles,
  subEventTypes,
  subEventTypesByEventType,
  claimRecordTypes,
  dateQualifiers,
  eventStatuses,
  figureQualifiers,
  placePrecisions,
} from './taxonomy.js';

// The revisions and audit log every write leaves, in this service's own database.
export { auditLog, revisions } from '@pamir/db';

export const datePrecision = pgEnum('date_precision', ['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const disorderType = pgEnum('disorder_type', disorderTypes);
export const eventType = pgEnum('event_type', eventTypes);
export const subEventType = pgEnum('sub_event_type', subEventTypes);
export const actorRole = pgEnum('actor_role', actorRoles);
export const actorType = pgEnum('actor_type', actorTypes);
export const facilityKind = pgEnum('facility_kind', facilityKinds);
export const facilityStatus = pgEnum('facility_status', facilityStatuses);
export const facilityOrganizationKind = pgEnum('facility_organization_kind', facilityOrganizationKinds);
export const eventStatus = pgEnum('event_status', eventStatuses);
export const dateQualifier = pgEnum('date_qualifier', dateQualifiers);
export const figureQualifier = pgEnum('figure_qualifier', figureQualifiers);
export const placePrecision = pgEnum('place_precision', placePrecisions);
export const claimRecordType = pgEnum('claim_record_type', claimRecordTypes);

/** A SQL list of constant labels, `('A', 'B')`; the labels come from this service's own code. */
function labels(values: readonly string[]): SQL {
  return sql.raw(`(${values.map((value) => `'${value}'`).join(', ')})`);
}

/** ACLED's table in SQL: the sub-event type is one of those its event type has. */
function subEventBelongsToEventType(event: PgColumn, subEvent: PgColumn): SQL {
  const pairs = Object.entries(subEventTypesByEventType).map(
    ([type, subTypes]) => sql`(${event} = ${sql.raw(`'${type}'`)} and ${subEvent} in ${labels(subTypes)})`,
  );
  return sql`(${sql.join(pairs, sql` or `)})`;
}

export const securityEvents = pgTable(
  'security_events',
  {
    id: text().primaryKey(),
    title: text().notNull(),
    summary: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    dateEnd: date({ mode: 'string' }),
    datePrecision: datePrecision().notNull(),
    disorderType: disorderType().notNull(),
    eventType: eventType().notNull(),
    subEventType: subEventType().notNull(),
    /** ISO alpha-3 code of a reference-subgraph Country. */
    countryCode: text().notNull(),
    /** Id of a reference-subgraph Place. */
    placeId: text(),
    fatalities: integer(),
    /** How `fatalities` relates to the true toll; null where no toll applies. */
    fatalitiesQualifier: figureQualifier(),
    fatalitiesLow: integer(),
    fatalitiesHigh: integer(),
    /** Troops or fighters involved, as reported. */
    forceSize: integer(),
    forceSizeQualifier: figureQualifier(),
    status: eventStatus().notNull().default('REPORTED'),
    dateQualifier: dateQualifier().notNull().default('ON'),
    placePrecision: placePrecision(),
    civilianTargeting: boolean().notNull(),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    ...versionColumns(),
  },
  (t) => [
    check('security_events_period', sql`${t.dateEnd} is null or ${t.dateEnd} >= ${t.date}`),
    check('security_events_fatalities', sql`${t.fatalities} is null or ${t.fatalities} >= 0`),
    check(
      'security_events_fatalities_range',
      sql`(${t.fatalitiesLow} is null or ${t.fatalitiesLow} >= 0) and (${t.fatalitiesHigh} is null or ${t.fatalitiesHigh} >= coalesce(${t.fatalities}, ${t.fatalitiesLow}, 0))`,
    ),
    check(
      'security_events_fatalities_unknown',
      sql`${t.fatalitiesQualifier} is distinct from 'UNKNOWN' or ${t.fatalities} is null`,
    ),
    check('security_events_force_size', sql`${t.forceSize} is null or ${t.forceSize} >= 0`),
    index('security_events_status').on(t.status, t.archivedAt),
    check('security_events_sub_event_type', subEventBelongsToEventType(t.eventType, t.subEventType)),
    check(
      'security_events_strategic_disorder',
      sql`(${t.disorderType} = 'STRATEGIC_DEVELOPMENTS') = (${t.eventType} = 'STRATEGIC_DEVELOPMENTS')`,
    ),
    check('security_events_country_alpha3', sql`${t.countryCode} ~ '^[A-Z]{3}$'`),
    // archived_at last in each list index: a list's totalCount is then an index-only scan.
    index('security_events_date').on(t.date, t.id, t.archivedAt),
    index('security_events_country').on(t.countryCode, t.date, t.id, t.archivedAt),
    index('security_events_place').on(t.placeId, t.date, t.id, t.archivedAt),
    index('security_events_event_type').on(t.eventType, t.archivedAt),
    index('security_events_sub_event_type').on(t.subEventType, t.archivedAt),
    index('security_events_disorder_type').on(t.disorderType, t.archivedAt),
    index('security_events_fatalities_qualifier').on(t.fatalitiesQualifier, t.archivedAt),
  ],
);

export const securityEventActors = pgTable(
  'security_event_actors',
  {
    eventId: text()
      .notNull()
      .references(() => securityEvents.id, { onDelete: 'cascade' }),
    /** The actor's place in the event's list, as the data file orders it. */
    position: integer().notNull(),
    /** Id of a reference-subgraph Organization. */
    organizationId: text().notNull(),
    /** ISO alpha-3 code of the organisation's home country, as the record gives it: "Chinese forces". */
    organizationCountryCode: text(),
    role: actorRole().notNull(),
    actorType: actorType().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.position] }),
    check('security_event_actors_position', sql`${t.position} >= 0`),
    uniqueIndex('security_event_actors_once_per_role').on(t.eventId, t.organizationId, t.role),
    // ACLED has one actor1 and one actor2 per event; everyone else is an associate.
    uniqueIndex('security_event_actors_main_role')
      .on(t.eventId, t.role)
      .where(sql`${t.role} in ${labels(mainActorRoles)}`),
    index('security_event_actors_organization').on(t.organizationId),
    index('security_event_actors_organization_country').on(t.organizationCountryCode, t.eventId),
    check(
      'security_event_actors_organization_country_alpha3',
      sql`${t.organizationCountryCode} is null or ${t.organizationCountryCode} ~ '^[A-Z]{3}$'`,
    ),
  ],
);

export const militaryFacilities = pgTable(
  'military_facilities',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    kind: facilityKind().notNull(),
    status: facilityStatus().notNull(),
    summary: text(),
    /** ISO alpha-3 code of a reference-subgraph Country. */
    hostCountryCode: text().notNull(),
    /** Id of a reference-subgraph Place. */
    placeId: text(),
    established: date({ mode: 'string' }),
    establishedPrecision: datePrecision(),
    costUsd: doublePrecision(),
    ...versionColumns(),
  },
  (t) => [
    check(
      'military_facilities_established_whole',
      sql`(${t.established} is null) = (${t.establishedPrecision} is null)`,
    ),
    check('military_facilities_cost', sql`${t.costUsd} is null or ${t.costUsd} >= 0`),
    check('military_facilities_host_alpha3', sql`${t.hostCountryCode} ~ '^[A-Z]{3}$'`),
    index('military_facilities_name').on(t.name, t.id),
    index('military_facilities_host_country').on(t.hostCountryCode),
    index('military_facilities_kind').on(t.kind),
    index('military_facilities_status').on(t.status),
  ],
);

/** Who operates and who finances a facility: one table, told apart by `kind`. */
export const militaryFacilityOrganizations = pgTable(
  'military_facility_organizations',
  {
    facilityId: text()
      .notNull()
      .references(() => militaryFacilities.id, { onDelete: 'cascade' }),
    kind: facilityOrganizationKind().notNull(),
    position: integer().notNull(),
    /** Id of a reference-subgraph Organization. */
    organizationId: text().notNull(),
    /** ISO alpha-3 code of a state organisation's country: "China finances the outpost". */
    organizationCountryCode: text(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.kind, t.position] }),
    index('military_facility_organizations_organization_country').on(t.organizationCountryCode, t.facilityId),
    check(
      'military_facility_organizations_organization_country_alpha3',
      sql`${t.organizationCountryCode} is null or ${t.organizationCountryCode} ~ '^[A-Z]{3}$'`,
    ),
    check('military_facility_organizations_position', sql`${t.position} >= 0`),
    uniqueIndex('military_facility_organizations_once').on(t.facilityId, t.kind, t.organizationId),
    index('military_facility_organizations_organization').on(t.organizationId),
  ],
);

/** Every cost figure the sources give for a facility, each with its own citation. */
export const militaryFacilityReportedCosts = pgTable(
  'military_facility_reported_costs',
  {
    facilityId: text()
      .notNull()
      .references(() => militaryFacilities.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    amountUsd: doublePrecision().notNull(),
    /** Id of a reference-subgraph SourceDocument. */
    sourceId: text().notNull(),
    quote: text().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.position] }),
    check('military_facility_reported_costs_amount', sql`${t.amountUsd} >= 0`),
    check('military_facility_reported_costs_quote_present', sql`length(btrim(${t.quote})) > 0`),
  ],
);

/**
 * What each source says about one field of an event or facility, where the record had to choose:
 * one row per claim, the record's own value marked `used`. One table for every record type.
 */
export const claims = pgTable(
  'claims',
  {
    recordType: claimRecordType().notNull(),
    recordId: text().notNull(),
    position: integer().notNull(),
    /** The record's field the claim is about, as the graph names it (`costUsd`, `place`, `date`). */
    field: text().notNull(),
    /** The value the source gives, as text (`8600000`, `kulob`, `2021-07`). */
    value: text().notNull(),
    /** True for the claim the record's field holds. */
    used: boolean().notNull(),
    /** Why the record uses this claim, or why not. */
    reason: text(),
    /** Id of a reference-subgraph SourceDocument. */
    sourceId: text().notNull(),
    quote: text().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.recordType, t.recordId, t.position] }),
    check('claims_position', sql`${t.position} >= 0`),
    check('claims_quote_present', sql`length(btrim(${t.quote})) > 0`),
    index('claims_field').on(t.recordType, t.recordId, t.field),
  ],
);

export const securityEventCitations = citationTable('security_event_citations', () => securityEvents.id);
export const militaryFacilityCitations = citationTable(
  'military_facility_citations',
  () => militaryFacilities.id,
);

/**
 * The ACLED row each imported event came from, kept whole with the event as the import made it:
 * the export gives back every column as it came in, except where the event has changed since.
 */
export const acledRows = pgTable(
  'acled_rows',
  {
    eventId: text()
      .primaryKey()
      .references(() => securityEvents.id, { onDelete: 'cascade' }),
    eventIdCnty: text().notNull(),
    /** Every ACLED column, as the file wrote it. */
    columns: jsonb().$type<Record<string, string>>().notNull(),
    /** The event as the import made it from the row (the data-file shape). */
    imported: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('acled_rows_event_id_cnty').on(t.eventIdCnty)],
);

export type SecurityEventRow = typeof securityEvents.$inferSelect;
export type SecurityEventActorRow = typeof securityEventActors.$inferSelect;
export type MilitaryFacilityRow = typeof militaryFacilities.$inferSelect;
export type MilitaryFacilityOrganizationRow = typeof militaryFacilityOrganizations.$inferSelect;
export type ReportedCostRow = typeof militaryFacilityReportedCosts.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
