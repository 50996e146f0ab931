import type { CountryResolvers, OrganizationResolvers, PlaceResolvers } from '../generated/graphql.js';
import { militaryFacilitiesPage, securityEventsPage } from './pages.js';

// Entities the reference subgraph owns, extended with this subgraph's lists. A reference needs no
// lookup here: the key is all these fields use.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (country, args, { db }) => securityEventsPage(db, args, { countryCode: country.code }),
  militaryFacilities: (country, args, { db }) =>
    militaryFacilitiesPage(db, args, { hostCountryCode: country.code }),
};

export const Place: PlaceResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (place, args, { db }) => securityEventsPage(db, args, { placeId: place.id }),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (organization, args, { db }) =>
    securityEventsPage(db, args, { organizationId: organization.id }),
  militaryFacilities: (organization, args, { db }) =>
    militaryFacilitiesPage(db, args, { organizationId: organization.id }),
};
