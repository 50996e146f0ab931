import type * as schema from '../db/schema.js';
import type { MilitaryFacilityRecord, SecurityEventRecord } from './records.js';

// A record in its data-file shape, turned into table rows: the one mapping that curated loads and
// writes through the API both use.

type EventInsert = typeof schema.securityEvents.$inferInsert;
type ActorInsert = typeof schema.securityEventActors.$inferInsert;
type FacilityInsert = typeof schema.militaryFacilities.$inferInsert;
type LinkInsert = typeof schema.militaryFacilityOrganizations.$inferInsert;
type CostInsert = typeof schema.militaryFacilityReportedCosts.$inferInsert;

export function eventRow(event: SecurityEventRecord) {
  const { citations: _, actors: __, country, place, dateEnd, fatalities, ...rest } = event;
  return {
    ...rest,
    countryCode: country,
    placeId: place ?? null,
    dateEnd: dateEnd ?? null,
    fatalities: fatalities ?? null,
    fatalitiesQualifier: rest.fatalitiesQualifier ?? null,
    fatalitiesLow: rest.fatalitiesLow ?? null,
    fatalitiesHigh: rest.fatalitiesHigh ?? null,
    forceSize: rest.forceSize ?? null,
    forceSizeQualifier: rest.forceSizeQualifier ?? null,
    placePrecision: rest.placePrecision ?? null,
  } satisfies EventInsert;
}

export function eventActorRows(event: SecurityEventRecord): ActorInsert[] {
  return event.actors.map((actor, position) => ({
    eventId: event.id,
    position,
    organizationId: actor.organization,
    role: actor.role,
    actorType: actor.actorType,
  }));
}

export function facilityRow(facility: MilitaryFacilityRecord) {
  const {
    citations: _,
    operators: __,
    financiers: ___,
    reportedCosts: ____,
    hostCountry,
    place,
    ...rest
  } = facility;
  return {
    ...rest,
    summary: rest.summary ?? null,
    hostCountryCode: hostCountry,
    placeId: place ?? null,
    established: rest.established ?? null,
    establishedPrecision: rest.establishedPrecision ?? null,
    costUsd: rest.costUsd ?? null,
  } satisfies FacilityInsert;
}

/** Operators and financiers, each list keeping its own order. */
export function facilityOrganizationRows(facility: MilitaryFacilityRecord): LinkInsert[] {
  return [
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
  ];
}

export function reportedCostRows(facility: MilitaryFacilityRecord): CostInsert[] {
  return facility.reportedCosts.map((cost, position) => ({
    facilityId: facility.id,
    position,
    amountUsd: cost.amountUsd,
    sourceId: cost.citation.source,
    quote: cost.citation.quote,
    note: cost.citation.note ?? null,
  }));
}

