import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, readDataFile, seedOnce, type Database } from '@pamir/db';
import { loadCuratedRecords } from '@pamir/server';
import { agreement, agreementRecord } from '../records/agreement.js';
import { diplomaticEngagement, engagementRecord } from '../records/diplomatic-engagement.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const agreementsFile = `${dir}agreements.json`;
  const [engagements, agreements] = await Promise.all([
    readDataFile(`${dir}engagements.json`, engagementRecord),
    readDataFile(agreementsFile, agreementRecord),
  ]);
  // An agreement's engagement lives in this service's own engagements file: say so plainly
  // rather than leave it to a foreign-key error.
  const engagementIds = new Set(engagements.records.map((engagement) => engagement.id));
  for (const [index, record] of agreements.records.entries()) {
    if (record.engagement && !engagementIds.has(record.engagement)) {
      throw new DataFileError(
        path.relative(process.cwd(), agreementsFile) || agreementsFile,
        `record ${index} (id ${JSON.stringify(record.id)})`,
        `engagement: no engagement ${JSON.stringify(record.engagement)} in engagements.json`,
      );
    }
  }
  return { engagements, agreements };
}

/**
 * Loads the curated data in one transaction, through each record type's own write; unchanged files
 * are not loaded again, and records a team has written through the API are left alone.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'diplomacy', texts, async (tx) => {
    // Engagements first: agreements point at them.
    await loadCuratedRecords(tx, diplomaticEngagement, data.engagements.records);
    await loadCuratedRecords(tx, agreement, data.agreements.records);
  });
}
