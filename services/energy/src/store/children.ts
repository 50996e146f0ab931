import { replaceChildren, replaceCitations, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import type { EnergyProjectRecord } from '../data/records.js';

/** A milestone's id: its project and its place in the project's list. */
export function milestoneId(projectId: string, position: number): string {
  return `${projectId}:${position}`;
}

/**
 * Replaces the countries, stakeholders and milestones (with their citations) of the given projects:
 * one delete and one insert per table for all projects together, not per project.
 */
export async function replaceProjectChildren(
  tx: Database,
  projects: readonly EnergyProjectRecord[],
): Promise<void> {
  if (projects.length === 0) return;
  const ids = projects.map((project) => project.id);
  const countries = projects.flatMap((project) =>
    project.countries.map((country, position) => ({
      projectId: project.id,
      position,
      countryCode: country.country,
      role: country.role,
      capacityMw: country.capacityMw ?? null,
    })),
  );
  await replaceChildren(tx, schema.projectCountries, schema.projectCountries.projectId, ids, countries);

  const stakeholders = projects.flatMap((project) =>
    project.stakeholders.map((stakeholder, position) => ({
      projectId: project.id,
      position,
      organizationId: stakeholder.organization,
      organizationCountryCode: stakeholder.organizationCountry ?? null,
      role: stakeholder.role,
    })),
  );
  await replaceChildren(
    tx,
    schema.projectStakeholders,
    schema.projectStakeholders.projectId,
    ids,
    stakeholders,
  );

  const milestones = projects.flatMap((project) =>
    project.milestones.map((milestone, position) => ({
      id: milestoneId(project.id, position),
      projectId: project.id,
      position,
      date: milestone.date,
      datePrecision: milestone.datePrecision,
      description: milestone.description,
      citations: milestone.citations,
    })),
  );
  // Milestone citations go with their milestones (ON DELETE CASCADE).
  await replaceChildren(
    tx,
    schema.milestones,
    schema.milestones.projectId,
    ids,
    milestones.map(({ citations: _, ...milestone }) => milestone),
  );
  await replaceCitations(tx, schema.milestoneCitations, milestones);
}
