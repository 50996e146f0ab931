import { citationTable, versionColumns } from '@pamir/db';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

// References to other subgraphs' entities (countries, organisations, people, places, energy
// projects, source documents) are plain text columns: those rows live in other databases.

// Every write leaves a revision and an audit entry, in this service's own database.
export { auditLog, revisions } from '@pamir/db';

export const datePrecision = pgEnum('date_precision', ['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const instrumentType = pgEnum('instrument_type', [
  'TREATY',
  'AGREEMENT',
  'MOU',
  'PROTOCOL',
  'JOINT_STATEMENT',
  'CONTRACT',
  'OTHER',
]);
export const agreementForm = pgEnum('agreement_form', ['BILATERAL', 'MULTILATERAL']);
export const agreementStatus = pgEnum('agreement_status', ['INITIALLED', 'SIGNED', 'IN_FORCE', 'TERMINATED', 'EXPIRED']);
export const engagementKind = pgEnum('engagement_kind', [
  'STATE_VISIT',
  'OFFICIAL_VISIT',
  'SUMMIT',
  'MINISTERIAL_MEETING',
  'MEETING',
  'CALL',
  'DELEGATION',
  'AWARD',
  'STATEMENT',
  'MEDIATION',
]);
export const engagementStatus = pgEnum('engagement_status', ['REPORTED', 'CLAIMED', 'SCHEDULED', 'PLANNED', 'INVITED']);
export const dateQualifier = pgEnum('date_qualifier', ['ON', 'WITHIN', 'BY', 'BEFORE', 'AFTER', 'ABOUT']);
export const placePrecision = pgEnum('place_precision', ['EXACT', 'NEAR', 'WITHIN', 'COUNTRY']);
export const participantRole = pgEnum('participant_role', ['HOST', 'GUEST', 'PARTICIPANT', 'MEDIATOR', 'RECIPIENT']);

/** The subjects an agreement may be about; stored as text[] so `&&` filters them. */
export const agreementSubjects = [
  'ENERGY',
  'SECURITY',
  'DEFENCE',
  'BORDER',
  'TRADE',
  'INVESTMENT',
  'TRANSPORT',
  'WATER',
  'CULTURE_EDUCATION',
  'HEALTH',
  'OTHER',
] as const;
export type AgreementSubject = (typeof agreementSubjects)[number];

const subjectList = sql.raw(`array[${agreementSubjects.map((s) => `'${s}'`).join(', ')}]::text[]`);

export const engagements = pgTable(
  'engagements',
  {
    id: text().primaryKey(),
    title: text().notNull(),
    summary: text(),
    kind: engagementKind().notNull(),
    cameoCode: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    datePrecision: datePrecision().notNull(),
    dateQualifier: dateQualifier().notNull().default('ON'),
    status: engagementStatus().notNull().default('REPORTED'),
    placeId: text(),
    /** How precisely `placeId` locates the engagement; null where nobody said. */
    placePrecision: placePrecision(),
    ...versionColumns(),
  },
  (t) => [
    index('engagements_status').on(t.status),
    check('engagements_title_present', sql`length(btrim(${t.title})) > 0`),
    check('engagements_cameo_code', sql`${t.cameoCode} ~ '^[0-9]{2,4}$'`),
    check('engagements_dates_in_order', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index('engagements_newest').on(t.startDate, t.id),
    index('engagements_kind').on(t.kind),
    index('engagements_place').on(t.placeId),
  ],
);

export const engagementParticipants = pgTable(
  'engagement_participants',
  {
    engagementId: text()
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    countryCode: text(),
    organizationId: text(),
    /** Home country of the organisation (a reference-subgraph Country), copied from the data so filters stay local. */
    organizationCountryCode: text(),
    personId: text(),
    role: participantRole().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.engagementId, t.position] }),
    check('engagement_participants_someone', sql`num_nonnulls(${t.countryCode}, ${t.organizationId}, ${t.personId}) > 0`),
    check('engagement_participants_country_alpha3', sql`${t.countryCode} ~ '^[A-Z]{3}$'`),
    check(
      'engagement_participants_organization_country',
      sql`${t.organizationCountryCode} is null or (${t.organizationId} is not null and ${t.organizationCountryCode} ~ '^[A-Z]{3}$')`,
    ),
    check('engagement_participants_position', sql`${t.position} >= 0`),
    index('engagement_participants_country').on(t.countryCode),
    index('engagement_participants_organization_country').on(t.organizationCountryCode),
    index('engagement_participants_organization').on(t.organizationId),
    index('engagement_participants_person').on(t.personId),
  ],
);

export const agreements = pgTable(
  'agreements',
  {
    id: text().primaryKey(),
    title: text().notNull(),
    summary: text(),
    instrumentType: instrumentType().notNull(),
    form: agreementForm().notNull(),
    status: agreementStatus().notNull(),
    signedOn: date({ mode: 'string' }),
    datePrecision: datePrecision().notNull(),
    enteredIntoForceOn: date({ mode: 'string' }),
    placeId: text(),
    subjects: text().array().$type<AgreementSubject[]>().notNull().default(sql`'{}'`),
    engagementId: text().references(() => engagements.id, { onDelete: 'set null' }),
    /** The keyset order needs a NOT NULL column: undated agreements sort last (oldest). */
    sortDate: date({ mode: 'string' })
      .notNull()
      .generatedAlwaysAs(sql`coalesce(signed_on, '0001-01-01'::date)`),
    ...versionColumns(),
  },
  (t) => [
    check('agreements_title_present', sql`length(btrim(${t.title})) > 0`),
    check(
      'agreements_in_force_after_signature',
      sql`${t.enteredIntoForceOn} is null or ${t.signedOn} is null or ${t.enteredIntoForceOn} >= ${t.signedOn}`,
    ),
    check('agreements_subjects_known', sql`${t.subjects} <@ ${subjectList}`),
    index('agreements_newest').on(t.sortDate, t.id),
    index('agreements_signed_on').on(t.signedOn),
    index('agreements_instrument_type').on(t.instrumentType),
    index('agreements_status').on(t.status),
    index('agreements_subjects').using('gin', t.subjects),
    index('agreements_engagement').on(t.engagementId),
    index('agreements_place').on(t.placeId),
  ],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    countryCode: text(),
    organizationId: text(),
    /** Home country of the organisation (a reference-subgraph Country), copied from the data so filters stay local. */
    organizationCountryCode: text(),
    signatoryId: text(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.position] }),
    check('agreement_parties_country_or_organization', sql`${t.countryCode} is not null or ${t.organizationId} is not null`),
    check('agreement_parties_country_alpha3', sql`${t.countryCode} ~ '^[A-Z]{3}$'`),
    check(
      'agreement_parties_organization_country',
      sql`${t.organizationCountryCode} is null or (${t.organizationId} is not null and ${t.organizationCountryCode} ~ '^[A-Z]{3}$')`,
    ),
    check('agreement_parties_position', sql`${t.position} >= 0`),
    index('agreement_parties_country').on(t.countryCode),
    index('agreement_parties_organization_country').on(t.organizationCountryCode),
    index('agreement_parties_organization').on(t.organizationId),
    index('agreement_parties_signatory').on(t.signatoryId),
  ],
);

export const agreementWitnesses = pgTable(
  'agreement_witnesses',
  {
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    personId: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.personId] }),
    check('agreement_witnesses_position', sql`${t.position} >= 0`),
    index('agreement_witnesses_person').on(t.personId),
  ],
);

export const agreementEnergyProjects = pgTable(
  'agreement_energy_projects',
  {
    agreementId: text()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    projectId: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.projectId] }),
    check('agreement_energy_projects_position', sql`${t.position} >= 0`),
    index('agreement_energy_projects_project').on(t.projectId),
  ],
);

export const agreementCitations = citationTable('agreement_citations', () => agreements.id);
export const engagementCitations = citationTable('engagement_citations', () => engagements.id);

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementPartyRow = typeof agreementParties.$inferSelect;
export type AgreementWitnessRow = typeof agreementWitnesses.$inferSelect;
export type AgreementEnergyProjectRow = typeof agreementEnergyProjects.$inferSelect;
export type EngagementRow = typeof engagements.$inferSelect;
export type EngagementParticipantRow = typeof engagementParticipants.$inferSelect;
