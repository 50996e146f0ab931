import { fileURLToPath } from 'node:url';
import { readDataFile, replaceChildren, replaceCitations, seedOnce, upsertAll, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import { energyProjectRecord, energyTargetRecord, type EnergyProjectRecord } from './records.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** A milestone's id: its project and its place in the project's list. */
export function milestoneId(projectId: string, position: number): string {
  return `${projectId}:${position}`;
}

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [projects, targets] = await Promise.all([
    readDataFile(`${dir}energy-projects.json`, energyProjectRecord),
    readDataFile(`${dir}energy-targets.json`, energyTargetRecord),
  ]);
  return { projects, targets };
}

/** Loads the curated data in one transaction; unchanged files are not loaded again. */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'energy', texts, async (tx) => {
    const projects = data.projects.records;
    await upsertAll(
      tx,
      schema.energyProjects,
      [schema.energyProjects.id],
      projects.map((project) => ({
        id: project.id,
        name: project.name,
        aliases: project.aliases,
        summary: project.summary ?? null,
        kind: project.kind,
        technologies: project.technologies,
        status: project.status,
        capacityMw: project.capacityMw ?? null,
        storageMwh: project.storageMwh ?? null,
        placeId: project.place ?? null,
      })),
    );
    await replaceProjectChildren(tx, projects);
    await replaceCitations(tx, schema.energyProjectCitations, projects);

    const targets = data.targets.records;
    await upsertAll(
      tx,
      schema.energyTargets,
      [schema.energyTargets.id],
      targets.map((target) => ({
        id: target.id,
        countryCode: target.country,
        technologies: target.technologies,
        capacityMw: target.capacityMw,
        byYear: target.byYear ?? null,
        description: target.description ?? null,
      })),
    );
    await replaceCitations(tx, schema.energyTargetCitations, targets);
  });
}

/**
 * Replaces the countries, stakeholders and milestones (with their citations) of the given projects:
 * one delete and one insert per table for all projects together, not per project.
 */
async function replaceProjectChildren(tx: Database, projects: readonly EnergyProjectRecord[]): Promise<void> {
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
      role: stakeholder.role,
    })),
  );
  await replaceChildren(tx, schema.projectStakeholders, schema.projectStakeholders.projectId, ids, stakeholders);

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
