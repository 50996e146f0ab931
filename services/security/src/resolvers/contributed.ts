import type { CountryResolvers, OrganizationResolvers, PlaceResolvers } from '../generated/graphql.js';

// Fields this subgraph adds to entities the reference subgraph owns. The gateway hands over the
// key; the lists are the top-level ones with the parent's key as one more condition, asked through
// the request's loaders so that every parent of a request costs one statement together.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (country, args, { loaders }) => loaders.eventPages.load({ parent: 'country', args }, country.code),
  militaryFacilities: (country, args, { loaders }) =>
    loaders.facilityPages.load({ parent: 'hostCountry', args }, country.code),
};

export const Place: PlaceResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (place, args, { loaders }) => loaders.eventPages.load({ parent: 'place', args }, place.id),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  securityEvents: (organization, args, { loaders }) =>
    loaders.eventPages.load({ parent: 'organization', args }, organization.id),
  militaryFacilities: (organization, args, { loaders }) =>
    loaders.facilityPages.load({ parent: 'organization', args }, organization.id),
};
