import type { InvolvementSource } from '@pamir/db';
import * as schema from '../db/schema.js';

// How a country, organisation or person takes part in this subgraph's records: read by the lists'
// `involving` filter and by each record's `involvement(of:)`, so the two always agree.

const events = schema.securityEvents;
const actors = schema.securityEventActors;
const facilities = schema.militaryFacilities;
const facilityOrganizations = schema.militaryFacilityOrganizations;

/** A security event: where it happened, and who acted in it (a country through its forces). */
export const eventInvolvement: readonly InvolvementSource[] = [
  { table: events, record: events.id, role: 'LOCATION', names: { country: [events.countryCode] } },
  {
    table: actors,
    record: actors.eventId,
    role: actors.role,
    names: { organization: [actors.organizationId], country: [actors.organizationCountryCode] },
    organization: actors.organizationId,
    position: actors.position,
  },
];

/** A military facility: its host country, its operators and its financiers. */
export const facilityInvolvement: readonly InvolvementSource[] = [
  { table: facilities, record: facilities.id, role: 'HOST', names: { country: [facilities.hostCountryCode] } },
  {
    table: facilityOrganizations,
    record: facilityOrganizations.facilityId,
    role: facilityOrganizations.kind,
    names: {
      organization: [facilityOrganizations.organizationId],
      country: [facilityOrganizations.organizationCountryCode],
    },
    organization: facilityOrganizations.organizationId,
    position: facilityOrganizations.position,
  },
];
