import { arrayText, containsText, hasChildIn, involving, listPage, listPagesOf, oneOf, overlaps, type Database } from '@pamir/db';
import { involvedEntity, searchTerm, type PageRequest } from '@pamir/graph';
import { and, asc, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';
import type { EnergyProjectFilter, EnergyTargetFilter } from '../generated/graphql.js';
import { energyProjectInvolvement } from './involvement.js';

// The lists this subgraph serves. Each builds its WHERE from the filter; listPage does the rest.

/**
 * The parent a contributed list belongs to: a country (any role) or an organisation (any stake), by
 * its key, or the key as an SQL expression when one statement answers many parents (listPagesOf).
 */
export interface ProjectScope {
  country?: string | SQL;
  organization?: string | SQL;
}

/** The kind of parent a contributed list belongs to. */
export type ProjectParent = keyof ProjectScope;

/** Archived records leave the lists unless the filter asks for them. */
function unlessArchived(archivedAt: PgColumn, includeArchived: boolean | null | undefined): SQL | undefined {
  return includeArchived ? undefined : isNull(archivedAt);
}

/**
 * The project involves any of these countries, in any role, or has a stakeholder from one of them
 * (the stakeholder's home country, kept on the stakeholder row).
 */
function involvesCountries(db: Database, codes: readonly string[] | SQL | null | undefined): SQL | undefined {
  const c = schema.projectCountries;
  const s = schema.projectStakeholders;
  return or(
    hasChildIn(db, { table: c, parent: c.projectId, column: c.countryCode }, schema.energyProjects.id, codes),
    hasChildIn(
      db,
      { table: s, parent: s.projectId, column: s.organizationCountryCode },
      schema.energyProjects.id,
      codes,
    ),
  );
}

/** The project has any of these organisations among its stakeholders, in any role. */
function hasStakeholders(db: Database, organizations: readonly string[] | SQL | null | undefined): SQL | undefined {
  const c = schema.projectStakeholders;
  return hasChildIn(
    db,
    { table: c, parent: c.projectId, column: c.organizationId },
    schema.energyProjects.id,
    organizations,
  );
}

/** Energy projects matching the filter and the scope. */
function energyProjectsWhere(db: Database, filter: EnergyProjectFilter | null | undefined, scope: ProjectScope): SQL | undefined {
  const t = schema.energyProjects;
  const only = (key: string | SQL | undefined) => (typeof key === 'string' ? [key] : key);
  return and(
    unlessArchived(t.archivedAt, filter?.includeArchived),
    involvesCountries(db, filter?.countries),
    involvesCountries(db, only(scope.country)),
    hasStakeholders(db, filter?.stakeholders),
    hasStakeholders(db, only(scope.organization)),
    involving(db, t.id, energyProjectInvolvement, involvedEntity(filter?.involving)),
    oneOf(t.status, filter?.statuses),
    oneOf(t.kind, filter?.kinds),
    overlaps(t.technologies, filter?.technologies),
    containsText(searchTerm(filter?.search), sql`${t.name}`, arrayText(t.aliases), sql`${t.summary}`),
  );
}

const projectOrder = {
  order: { columns: [schema.energyProjects.name, schema.energyProjects.id], direction: 'asc' as const },
  key: (row: typeof schema.energyProjects.$inferSelect) => [row.name, row.id],
};

/** Energy projects by (name, id), filtered; `scope` narrows to one country's or organisation's. */
export function listEnergyProjects(
  db: Database,
  filter: EnergyProjectFilter | null | undefined,
  page: PageRequest,
  scope: ProjectScope = {},
) {
  return listPage(db, schema.energyProjects, { where: energyProjectsWhere(db, filter, scope), page, ...projectOrder });
}

/** Each parent's page of its projects (Country.energyProjects ...), in one statement for all of them. */
export function listEnergyProjectsOf(
  db: Database,
  filter: EnergyProjectFilter | null | undefined,
  page: PageRequest,
  parent: ProjectParent,
  parents: readonly string[],
) {
  const where = (key: SQL) => energyProjectsWhere(db, filter, { [parent]: key });
  return listPagesOf(db, schema.energyProjects, { parents, where, page, ...projectOrder });
}

/** Energy targets, soonest target year first (targets without a year last), then by id. */
export function listEnergyTargets(db: Database, filter: EnergyTargetFilter | null | undefined) {
  const t = schema.energyTargets;
  return db
    .select()
    .from(t)
    .where(
      and(
        unlessArchived(t.archivedAt, filter?.includeArchived),
        oneOf(t.countryCode, filter?.countries),
        overlaps(t.technologies, filter?.technologies),
      ),
    )
    .orderBy(sql`${t.byYear} asc nulls last`, asc(t.id));
}
