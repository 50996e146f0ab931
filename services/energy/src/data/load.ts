import { fileURLToPath } from 'node:url';
import { readDataFile, seedOnce, type Database } from '@pamir/db';
import { loadCuratedRecords } from '@pamir/server';
import { energyProject, energyProjectRecord } from '../records/energy-project.js';
import { energyTarget, energyTargetRecord } from '../records/energy-target.js';

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
 * Loads the curated data in one transaction, through each record type's own write; unchanged files
 * are not loaded again, and records a team has written through the API are left alone.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'energy', texts, async (tx) => {
    await loadCuratedRecords(tx, energyProject, data.projects.records);
    await loadCuratedRecords(tx, energyTarget, data.targets.records);
  });
}
