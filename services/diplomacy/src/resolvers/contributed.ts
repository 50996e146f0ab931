import type {
  CountryResolvers,
  EnergyProjectResolvers,
  OrganizationResolvers,
  PersonResolvers,
} from '../generated/graphql.js';

// Fields this subgraph adds to entities other subgraphs own. The gateway sends only the key, and
// the key is all these fields need: __resolveReference hands the reference on as it is. The lists
// are the top-level ones with the parent's key as one more condition, asked through the request's
// loaders so that every parent of a request costs one statement together.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (country, args, { loaders }) => loaders.agreementPages.load({ parent: 'countries', args }, country.code),
  engagements: (country, args, { loaders }) => loaders.engagementPages.load({ parent: 'countries', args }, country.code),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (organization, args, { loaders }) =>
    loaders.agreementPages.load({ parent: 'organizations', args }, organization.id),
  engagements: (organization, args, { loaders }) =>
    loaders.engagementPages.load({ parent: 'organizations', args }, organization.id),
};

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ref,
  engagements: (person, args, { loaders }) => loaders.engagementPages.load({ parent: 'people', args }, person.id),
  agreements: (person, args, { loaders }) => loaders.agreementPages.load({ parent: 'people', args }, person.id),
};

export const EnergyProject: EnergyProjectResolvers = {
  __resolveReference: (ref) => ref,
  agreements: async (project, _, { loaders }) =>
    (await loaders.agreementsOfProject.load(project.id)).map((link) => link.agreement),
};
