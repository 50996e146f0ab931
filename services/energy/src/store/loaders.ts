import { citationLoader, groupLoader, involvementLoader, parentPagesLoader, rowLoader, type Database, type ListArgs } from '@pamir/db';
import { pageRequest } from '@pamir/graph';
import { asc, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import type { EnergyProjectFilter } from '../generated/graphql.js';
import { energyProjectInvolvement } from './involvement.js';
import { listEnergyProjectsOf, listEnergyTargets, type ProjectParent } from './lists.js';

/**
 * The per-request batched lookups: every entity reference and nested list in one request becomes
 * one SQL statement per kind, however many rows ask.
 */
export function createLoaders(db: Database) {
  return {
    /** The lists contributed to other subgraphs' entities: every parent asking alike, one statement. */
    projectPages: parentPagesLoader((request: { parent: ProjectParent; args: ListArgs<EnergyProjectFilter> }, parents) =>
      listEnergyProjectsOf(db, request.args.filter, pageRequest(request.args), request.parent, parents),
    ),
    energyProject: rowLoader(
      (ids) =>
        db
          .select()
          .from(schema.energyProjects)
          .where(inArray(schema.energyProjects.id, [...ids])),
      (row) => row.id,
    ),
    /** Targets by id, archived or not (lists leave archived ones out, lookups do not). */
    energyTarget: rowLoader(
      (ids) =>
        db
          .select()
          .from(schema.energyTargets)
          .where(inArray(schema.energyTargets.id, [...ids])),
      (row) => row.id,
    ),
    projectCountries: groupLoader(
      (ids) =>
        db
          .select()
          .from(schema.projectCountries)
          .where(inArray(schema.projectCountries.projectId, [...ids]))
          .orderBy(asc(schema.projectCountries.projectId), asc(schema.projectCountries.position)),
      (row) => row.projectId,
    ),
    projectStakeholders: groupLoader(
      (ids) =>
        db
          .select()
          .from(schema.projectStakeholders)
          .where(inArray(schema.projectStakeholders.projectId, [...ids]))
          .orderBy(asc(schema.projectStakeholders.projectId), asc(schema.projectStakeholders.position)),
      (row) => row.projectId,
    ),
    /** Oldest first; milestones on the same date keep the data file's order. */
    milestones: groupLoader(
      (ids) =>
        db
          .select()
          .from(schema.milestones)
          .where(inArray(schema.milestones.projectId, [...ids]))
          .orderBy(
            asc(schema.milestones.projectId),
            asc(schema.milestones.date),
            asc(schema.milestones.position),
          ),
      (row) => row.projectId,
    ),
    /** `EnergyProject.involvement(of:)`: per entity asked about, its roles in a page of projects, one statement. */
    energyProjectInvolvement: involvementLoader(db, energyProjectInvolvement),
    /** `Country.energyTargets`: the same list as `energyTargets`, for many countries at once. */
    countryTargets: groupLoader(
      (codes) => listEnergyTargets(db, { countries: [...codes] }),
      (row) => row.countryCode,
    ),
    citations: {
      energyProject: citationLoader(db, schema.energyProjectCitations),
      milestone: citationLoader(db, schema.milestoneCitations),
      energyTarget: citationLoader(db, schema.energyTargetCitations),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
