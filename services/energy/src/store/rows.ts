import type * as schema from '../db/schema.js';
import type { EnergyProjectRecord, EnergyTargetRecord } from '../data/records.js';

// A record in its data-file shape as its main table's row: the curated load and the writes share it.

export function projectRow(project: EnergyProjectRecord): typeof schema.energyProjects.$inferInsert {
  return {
    id: project.id,
    name: project.name,
    aliases: project.aliases,
    summary: project.summary ?? null,
    kind: project.kind,
    technologies: project.technologies,
    status: project.status,
    capacityMw: project.capacityMw ?? null,
    capacityQualifier: project.capacityQualifier ?? null,
    storageMwh: project.storageMwh ?? null,
    placeId: project.place ?? null,
  };
}

export function targetRow(target: EnergyTargetRecord): typeof schema.energyTargets.$inferInsert {
  return {
    id: target.id,
    countryCode: target.country,
    technologies: target.technologies,
    capacityMw: target.capacityMw,
    byYear: target.byYear ?? null,
    description: target.description ?? null,
  };
}
