import { fileURLToPath } from 'node:url';
import { readDataFile, seedOnce, type Database } from '@pamir/db';
import { loadCuratedRecords } from '@pamir/server';
import { claimRecord, writeClaims } from '../records/claim.js';
import { country, countryRecord } from '../records/country.js';
import { estimateRecord, writeEstimates } from '../records/estimate.js';
import { organization, organizationRecord } from '../records/organization.js';
import { person, personRecord } from '../records/person.js';
import { place, placeRecord } from '../records/place.js';
import { sourceDocument, sourceDocumentRecord } from '../records/source-document.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [sources, countries, organizations, places, people, estimates, claims] = await Promise.all([
    readDataFile(`${dir}source-documents.json`, sourceDocumentRecord),
    readDataFile(`${dir}countries.json`, countryRecord),
    readDataFile(`${dir}organizations.json`, organizationRecord),
    readDataFile(`${dir}places.json`, placeRecord),
    readDataFile(`${dir}people.json`, personRecord),
    readDataFile(`${dir}estimates.json`, estimateRecord),
    readDataFile(`${dir}claims.json`, claimRecord),
  ]);
  return { sources, countries, organizations, places, people, estimates, claims };
}

/**
 * Loads the curated data in one transaction, through each record type's own write, the records
 * named before those that name them; unchanged files are not loaded again, and records a team has
 * written through the API are left alone. Estimates and claims are curated only: the files
 * replace them whole.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'reference', texts, async (tx) => {
    await loadCuratedRecords(tx, sourceDocument, data.sources.records);
    await loadCuratedRecords(tx, country, data.countries.records);
    await loadCuratedRecords(tx, organization, data.organizations.records);
    await loadCuratedRecords(tx, place, data.places.records);
    await loadCuratedRecords(tx, person, data.people.records);
    await writeEstimates(tx, data.estimates.records);
    await writeClaims(tx, data.claims.records);
  });
}
