import { citationTable, versionColumns } from '@pamir/db';
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  type PgColumn,
} from 'drizzle-orm/pg-core';

// The closed lists of the SDL, once: the database, the data-file validation and the types use them.
export const energyTechnologies = [
  'SOLAR_PV',
  'FLOATING_SOLAR',
  'WIND',
  'HYDRO',
  'BATTERY_STORAGE',
  'HVDC_TRANSMISSION',
  'HVAC_TRANSMISSION',
  'GAS',
  'COAL',
  'OTHER',
] as const;
export type EnergyTechnology = (typeof energyTechnologies)[number];

export const energyProjectKinds = ['GENERATION', 'TRANSMISSION', 'PROGRAMME'] as const;
/** Global Energy Monitor's project statuses. */
export const energyProjectStatuses = [
  'ANNOUNCED',
  'PRE_CONSTRUCTION',
  'CONSTRUCTION',
  'OPERATING',
  'SHELVED',
  'CANCELLED',
  'MOTHBALLED',
  'RETIRED',
] as const;
export const projectCountryRoles = ['HOST', 'OFFTAKER', 'TRANSIT'] as const;
export const stakeholderRoles = [
  'SPONSOR',
  'DEVELOPER',
  'OWNER',
  'OPERATOR',
  'FINANCIER',
  'GOVERNMENT_COUNTERPART',
  'OFFTAKER',
] as const;

export const datePrecision = pgEnum('date_precision', ['DAY', 'WEEK', 'MONTH', 'YEAR']);
export const energyProjectKind = pgEnum('energy_project_kind', energyProjectKinds);
export const energyProjectStatus = pgEnum('energy_project_status', energyProjectStatuses);
export const projectCountryRole = pgEnum('project_country_role', projectCountryRoles);
export const stakeholderRole = pgEnum('stakeholder_role', stakeholderRoles);
/** How a reported figure relates to the true one ("a minimum of 500 MW", "around 900MW"). */
export const figureQualifiers = ['EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN'] as const;
export const figureQualifier = pgEnum('figure_qualifier', figureQualifiers);

/** `column <@ array[...]`: every value of a text[] column is a known technology. */
function onlyTechnologies(column: PgColumn): SQL {
  const allowed = energyTechnologies.map((technology) => `'${technology}'`).join(', ');
  return sql`${column} <@ array[${sql.raw(allowed)}]::text[]`;
}

/** Country codes are ISO 3166-1 alpha-3. */
function alpha3(column: PgColumn): SQL {
  return sql`${column} ~ '^[A-Z]{3}$'`;
}

export const energyProjects = pgTable(
  'energy_projects',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    summary: text(),
    kind: energyProjectKind().notNull(),
    technologies: text()
      .array()
      .$type<EnergyTechnology[]>()
      .notNull()
      .default(sql`'{}'`),
    status: energyProjectStatus().notNull(),
    capacityMw: doublePrecision(),
    /** How `capacityMw` relates to the true capacity; null where none is given. */
    capacityQualifier: figureQualifier(),
    storageMwh: doublePrecision(),
    /** A Place in the reference subgraph. */
    placeId: text(),
    ...versionColumns(),
  },
  (t) => [
    check('energy_projects_technologies_known', onlyTechnologies(t.technologies)),
    check('energy_projects_capacity_non_negative', sql`${t.capacityMw} >= 0`),
    check('energy_projects_storage_non_negative', sql`${t.storageMwh} >= 0`),
    index('energy_projects_name').on(t.name, t.id),
    index('energy_projects_status').on(t.status),
    index('energy_projects_kind').on(t.kind),
    index('energy_projects_technologies').using('gin', t.technologies),
  ],
);

/** The countries a project involves, each in a role; one row per (project, country, role). */
export const projectCountries = pgTable(
  'project_countries',
  {
    projectId: text()
      .notNull()
      .references(() => energyProjects.id, { onDelete: 'cascade' }),
    /** Keeps the order of the data file. */
    position: integer().notNull(),
    countryCode: text().notNull(),
    role: projectCountryRole().notNull(),
    capacityMw: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.countryCode, t.role] }),
    unique('project_countries_project_position').on(t.projectId, t.position),
    check('project_countries_country_alpha3', alpha3(t.countryCode)),
    check('project_countries_capacity_non_negative', sql`${t.capacityMw} >= 0`),
    index('project_countries_country').on(t.countryCode, t.projectId),
  ],
);

/** The organisations behind a project, each in a role; one row per (project, organisation, role). */
export const projectStakeholders = pgTable(
  'project_stakeholders',
  {
    projectId: text()
      .notNull()
      .references(() => energyProjects.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** An Organization in the reference subgraph. */
    organizationId: text().notNull(),
    /** The organisation's home country (a reference-subgraph Country), copied from the data so filters stay local. */
    organizationCountryCode: text(),
    role: stakeholderRole().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organizationId, t.role] }),
    unique('project_stakeholders_project_position').on(t.projectId, t.position),
    index('project_stakeholders_organization').on(t.organizationId, t.projectId),
    index('project_stakeholders_organization_country').on(t.organizationCountryCode, t.projectId),
    check('project_stakeholders_organization_country_alpha3', alpha3(t.organizationCountryCode)),
  ],
);

/**
 * Dated steps in a project's life. Each has its own id (`<project>:<position>`) so that its
 * citations can be keyed by it like any other record's.
 */
export const milestones = pgTable(
  'milestones',
  {
    id: text().primaryKey(),
    projectId: text()
      .notNull()
      .references(() => energyProjects.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    date: date({ mode: 'string' }).notNull(),
    datePrecision: datePrecision().notNull(),
    description: text().notNull(),
  },
  (t) => [
    unique('milestones_project_position').on(t.projectId, t.position),
    check('milestones_id_derived', sql`${t.id} = (${t.projectId} || ':' || ${t.position})`),
    check('milestones_description_present', sql`length(btrim(${t.description})) > 0`),
    index('milestones_project_date').on(t.projectId, t.date, t.position),
  ],
);

export const energyTargets = pgTable(
  'energy_targets',
  {
    id: text().primaryKey(),
    countryCode: text().notNull(),
    technologies: text()
      .array()
      .$type<EnergyTechnology[]>()
      .notNull()
      .default(sql`'{}'`),
    capacityMw: doublePrecision().notNull(),
    byYear: integer(),
    description: text(),
    ...versionColumns(),
  },
  (t) => [
    check('energy_targets_country_alpha3', alpha3(t.countryCode)),
    check('energy_targets_technologies_known', onlyTechnologies(t.technologies)),
    check('energy_targets_capacity_non_negative', sql`${t.capacityMw} >= 0`),
    check('energy_targets_by_year', sql`${t.byYear} between 1900 and 2200`),
    index('energy_targets_country').on(t.countryCode),
    // An ascending btree keeps nulls last already: the list's order (by_year nulls last, id).
    index('energy_targets_by_year').on(t.byYear, t.id),
    index('energy_targets_technologies').using('gin', t.technologies),
  ],
);

// Every write leaves a revision and an audit entry, in this service's own database.
export { auditLog, revisions } from '@pamir/db';

export const energyProjectCitations = citationTable('energy_project_citations', () => energyProjects.id);
export const milestoneCitations = citationTable('milestone_citations', () => milestones.id);
export const energyTargetCitations = citationTable('energy_target_citations', () => energyTargets.id);

export type EnergyProjectRow = typeof energyProjects.$inferSelect;
export type ProjectCountryRow = typeof projectCountries.$inferSelect;
export type ProjectStakeholderRow = typeof projectStakeholders.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type EnergyTargetRow = typeof energyTargets.$inferSelect;
