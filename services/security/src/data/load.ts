import { fileURLToPath } from 'node:url';
import { claimRows, claimSchema, readDataFile, seedOnce, type Database } from '@pamir/db';
import { loadCuratedRecords } from '@pamir/server';
import * as schema from '../db/schema.js';
import { claimRecordTypes } from '../db/taxonomy.js';
import { militaryFacility, militaryFacilityRecord } from '../records/military-facility.js';
import { securityEvent, securityEventRecord } from '../records/security-event.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** What one source says about one field of a record: the data file `claims.json`. */
const claimRecord = claimSchema(claimRecordTypes);

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [events, facilities, claims] = await Promise.all([
    readDataFile(`${dir}security-events.json`, securityEventRecord),
    readDataFile(`${dir}military-facilities.json`, militaryFacilityRecord),
    readDataFile(`${dir}claims.json`, claimRecord),
  ]);
  return { events, facilities, claims };
}

/**
 * Loads the curated data in one transaction, through each record type's own write; unchanged files
 * are not loaded again, and records a team has written through the API are left alone.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'security', texts, async (tx) => {
    await loadCuratedRecords(tx, securityEvent, data.events.records);
    await loadCuratedRecords(tx, militaryFacility, data.facilities.records);
    // Claims are curated evidence, never written through the API: the file replaces them whole.
    await tx.delete(schema.claims);
    const claims = claimRows(data.claims.records);
    if (claims.length > 0) await tx.insert(schema.claims).values(claims);
  });
}
