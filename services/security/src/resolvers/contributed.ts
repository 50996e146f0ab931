import type { CountryResolvers, OrganizationResolvers, PlaceResolvers } from '../generated/graphql.js';
import { listMilitaryFacilities, listSecurityEvents } from '../store/lists.js';

// Fields this subgraph adds to entities the reference subgraph owns. The gateway hands over the
// key; the lists are the top-level ones with the parent's key as one more condition.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (country, args, { db }) => listSecurityEvents(db, args, { countryCode: country.code }),
  militaryFacilities: (country, args, { db }) =>
    listMilitaryFacilities(db, args, { hostCountryCode: country.code }),
};

export const Place: PlaceResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (place, args, { db }) => listSecurityEvents(db, args, { placeId: place.id }),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (organization, args, { db }) =>
    listSecurityEvents(db, args, { organizationId: organization.id }),
  militaryFacilities: (organization, args, { db }) =>
    listMilitaryFacilities(db, args, { organizationId: organization.id }),
};
