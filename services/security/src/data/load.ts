import { fileURLToPath } from 'node:url';
import { readDataFile, replaceChildren, replaceCitations, seedOnce, upsertAll, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import {
  militaryFacilityRecord,
  securityEventRecord,
  type MilitaryFacilityRecord,
  type SecurityEventRecord,
} from './records.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [events, facilities] = await Promise.all([
    readDataFile(`${dir}security-events.json`, securityEventRecord),
    readDataFile(`${dir}military-facilities.json`, militaryFacilityRecord),
  ]);
  return { events, facilities };
}

/** Loads the curated data in one transaction; unchanged files are not loaded again. */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'security', texts, async (tx) => {
    await loadEvents(tx, data.events.records);
    await loadFacilities(tx, data.facilities.records);
  });
}

async function loadEvents(tx: Database, events: SecurityEventRecord[]): Promise<void> {
  if (events.length === 0) return;
  await upsertAll(
    tx,
    schema.securityEvents,
    [schema.securityEvents.id],
    events.map(({ citations: _, actors: __, country, place, dateEnd, fatalities, ...event }) => ({
      ...event,
      countryCode: country,
      placeId: place ?? null,
      dateEnd: dateEnd ?? null,
      fatalities: fatalities ?? null,
    })),
  );
  const actors = schema.securityEventActors;
  await replaceChildren(
    tx,
    actors,
    actors.eventId,
    events.map((event) => event.id),
    events.flatMap((event) =>
      event.actors.map((actor, position) => ({
        eventId: event.id,
        position,
        organizationId: actor.organization,
        role: actor.role,
        actorType: actor.actorType,
      })),
    ),
  );
  await replaceCitations(tx, schema.securityEventCitations, events);
}

async function loadFacilities(tx: Database, facilities: MilitaryFacilityRecord[]): Promise<void> {
  if (facilities.length === 0) return;
  await upsertAll(
    tx,
    schema.militaryFacilities,
    [schema.militaryFacilities.id],
    facilities.map(
      ({
        citations: _,
        operators: __,
        financiers: ___,
        reportedCosts: ____,
        hostCountry,
        place,
        ...facility
      }) => ({
        ...facility,
        summary: facility.summary ?? null,
        hostCountryCode: hostCountry,
        placeId: place ?? null,
        established: facility.established ?? null,
        establishedPrecision: facility.establishedPrecision ?? null,
        costUsd: facility.costUsd ?? null,
      }),
    ),
  );
  const ids = facilities.map((facility) => facility.id);

  const organizations = schema.militaryFacilityOrganizations;
  const links = facilities.flatMap((facility) => [
    ...facility.operators.map((organizationId, position) => ({
      facilityId: facility.id,
      kind: 'OPERATOR' as const,
      position,
      organizationId,
    })),
    ...facility.financiers.map((organizationId, position) => ({
      facilityId: facility.id,
      kind: 'FINANCIER' as const,
      position,
      organizationId,
    })),
  ]);
  await replaceChildren(tx, organizations, organizations.facilityId, ids, links);

  const costs = schema.militaryFacilityReportedCosts;
  const reported = facilities.flatMap((facility) =>
    facility.reportedCosts.map((cost, position) => ({
      facilityId: facility.id,
      position,
      amountUsd: cost.amountUsd,
      sourceId: cost.citation.source,
      quote: cost.citation.quote,
      note: cost.citation.note ?? null,
    })),
  );
  await replaceChildren(tx, costs, costs.facilityId, ids, reported);

  await replaceCitations(tx, schema.militaryFacilityCitations, facilities);
}
