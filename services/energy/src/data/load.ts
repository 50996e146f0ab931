import { fileURLToPath } from 'node:url';
import { editedIds, readDataFile, replaceCitations, seedOnce, upsertAll, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import { replaceProjectChildren } from '../store/children.js';
import { projectRow, targetRow } from '../store/rows.js';
import { energyProjectRecord, energyTargetRecord } from './records.js';

export { milestoneId } from '../store/children.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [projects, targets] = await Promise.all([
    readDataFile(`${dir}energy-projects.json`, energyProjectRecord),
    readDataFile(`${dir}energy-targets.json`, energyTargetRecord),
  ]);
  return { projects, targets };
}

/**
 * Loads the curated data in one transaction; unchanged files are not loaded again. Records a team
 * has written through the API (edited or archived) are left alone, child rows and all.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'energy', texts, async (tx) => {
    const p = schema.energyProjects;
    const editedProjects = await editedIds(tx, 'EnergyProject', p, { id: p.id, version: p.version, archivedAt: p.archivedAt });
    const projects = data.projects.records.filter((project) => !editedProjects.has(project.id));
    await upsertAll(tx, p, [p.id], projects.map(projectRow));
    await replaceProjectChildren(tx, projects);
    await replaceCitations(tx, schema.energyProjectCitations, projects);

    const t = schema.energyTargets;
    const editedTargets = await editedIds(tx, 'EnergyTarget', t, { id: t.id, version: t.version, archivedAt: t.archivedAt });
    const targets = data.targets.records.filter((target) => !editedTargets.has(target.id));
    await upsertAll(tx, t, [t.id], targets.map(targetRow));
    await replaceCitations(tx, schema.energyTargetCitations, targets);
  });
}
