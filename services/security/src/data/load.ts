import { fileURLToPath } from 'node:url';
import {
  claimRows,
  editedIds,
  readDataFile,
  replaceChildren,
  replaceCitations,
  seedOnce,
  upsertAll,
  type Database,
} from '@pamir/db';
import * as schema from '../db/schema.js';
import {
  claimRecord,
  militaryFacilityRecord,
  securityEventRecord,
  type MilitaryFacilityRecord,
  type SecurityEventRecord,
} from './records.js';
import {
  eventActorRows,
  eventRow,
  facilityOrganizationRows,
  facilityRow,
  reportedCostRows,
} from './rows.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

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
 * Loads the curated data in one transaction; unchanged files are not loaded again. Records the
 * team has edited or archived through the API are left as they are, child rows included.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'security', texts, async (tx) => {
    const events = schema.securityEvents;
    const facilities = schema.militaryFacilities;
    const editedEvents = await editedIds(tx, 'SecurityEvent', events, events);
    const editedFacilities = await editedIds(tx, 'MilitaryFacility', facilities, facilities);
    await loadEvents(
      tx,
      data.events.records.filter((event) => !editedEvents.has(event.id)),
    );
    await loadFacilities(
      tx,
      data.facilities.records.filter((facility) => !editedFacilities.has(facility.id)),
    );
    // Claims are curated evidence, never written through the API: the file replaces them whole.
    await tx.delete(schema.claims);
    const claims = claimRows(data.claims.records);
    if (claims.length > 0) await tx.insert(schema.claims).values(claims);
  });
}

async function loadEvents(tx: Database, events: SecurityEventRecord[]): Promise<void> {
  if (events.length === 0) return;
  await upsertAll(tx, schema.securityEvents, [schema.securityEvents.id], events.map(eventRow));
  const actors = schema.securityEventActors;
  await replaceChildren(
    tx,
    actors,
    actors.eventId,
    events.map((event) => event.id),
    events.flatMap(eventActorRows),
  );
  await replaceCitations(tx, schema.securityEventCitations, events);
}

async function loadFacilities(tx: Database, facilities: MilitaryFacilityRecord[]): Promise<void> {
  if (facilities.length === 0) return;
  await upsertAll(tx, schema.militaryFacilities, [schema.militaryFacilities.id], facilities.map(facilityRow));
  const ids = facilities.map((facility) => facility.id);
  const organizations = schema.militaryFacilityOrganizations;
  await replaceChildren(
    tx,
    organizations,
    organizations.facilityId,
    ids,
    facilities.flatMap(facilityOrganizationRows),
  );
  const costs = schema.militaryFacilityReportedCosts;
  await replaceChildren(tx, costs, costs.facilityId, ids, facilities.flatMap(reportedCostRows));
  await replaceCitations(tx, schema.militaryFacilityCitations, facilities);
}
