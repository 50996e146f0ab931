import type { CountryResolvers, OrganizationResolvers } from '../generated/graphql.js';

// Fields this subgraph adds to entities the reference subgraph owns. The gateway hands over the
// key; the lists are the top-level ones with the parent's key as one more condition, asked through
// the request's loaders so that every parent of a request costs one statement together.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  energyProjects: (country, args, { loaders }) => loaders.projectPages.load({ parent: 'country', args }, country.code),
  energyTargets: (country, _, { loaders }) => loaders.countryTargets.load(country.code),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  energyProjects: (organization, args, { loaders }) =>
    loaders.projectPages.load({ parent: 'organization', args }, organization.id),
};
