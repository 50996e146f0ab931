import { pageRequest } from '@pamir/graph';
import type { CountryResolvers, OrganizationResolvers } from '../generated/graphql.js';
import { listEnergyProjects } from '../store/lists.js';

// Fields this subgraph adds to entities the reference subgraph owns. The gateway hands over the
// key; the lists are the top-level ones with the parent's key as one more condition.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  energyProjects: (country, args, { db }) =>
    listEnergyProjects(db, args.filter, pageRequest(args), { country: country.code }),
  energyTargets: (country, _, { loaders }) => loaders.countryTargets.load(country.code),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  energyProjects: (organization, args, { db }) =>
    listEnergyProjects(db, args.filter, pageRequest(args), { organization: organization.id }),
};
