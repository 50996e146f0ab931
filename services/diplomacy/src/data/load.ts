import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, editedIds, readDataFile, seedOnce, upsertAll, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import { agreementRow, replaceAgreementDetails } from '../store/agreement-rows.js';
import { engagementRow, replaceEngagementDetails } from '../store/engagement-rows.js';
import { agreementRecord, engagementRecord, type AgreementRecord, type EngagementRecord } from './records.js';

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
  for (const [index, agreement] of agreements.records.entries()) {
    if (agreement.engagement && !engagementIds.has(agreement.engagement)) {
      throw new DataFileError(
        path.relative(process.cwd(), agreementsFile) || agreementsFile,
        `record ${index} (id ${JSON.stringify(agreement.id)})`,
        `engagement: no engagement ${JSON.stringify(agreement.engagement)} in engagements.json`,
      );
    }
  }
  return { engagements, agreements };
}

/** Loads the curated data in one transaction; unchanged files are not loaded again. */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'diplomacy', texts, async (tx) => {
    // Engagements first: agreements point at them.
    await loadEngagements(tx, data.engagements.records);
    await loadAgreements(tx, data.agreements.records);
  });
}

async function loadEngagements(tx: Database, all: EngagementRecord[]): Promise<void> {
  const records = await unedited(tx, schema.engagements, 'DiplomaticEngagement', all);
  await upsertAll(tx, schema.engagements, [schema.engagements.id], records.map(engagementRow));
  await replaceEngagementDetails(tx, records);
}

async function loadAgreements(tx: Database, all: AgreementRecord[]): Promise<void> {
  const records = await unedited(tx, schema.agreements, 'Agreement', all);
  await upsertAll(tx, schema.agreements, [schema.agreements.id], records.map(agreementRow));
  await replaceAgreementDetails(tx, records);
}

/** The records no one has edited or archived through the API: a data file never overwrites a team's edit. */
async function unedited<T extends { id: string }>(
  tx: Database,
  table: typeof schema.agreements | typeof schema.engagements,
  recordType: 'Agreement' | 'DiplomaticEngagement',
  records: T[],
): Promise<T[]> {
  const edited = await editedIds(tx, recordType, table, { id: table.id, version: table.version, archivedAt: table.archivedAt });
  return records.filter((record) => !edited.has(record.id));
}
