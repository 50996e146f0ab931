import { pageRequest } from '@pamir/graph';
import type {
  CountryResolvers,
  EnergyProjectResolvers,
  OrganizationResolvers,
  PersonResolvers,
} from '../generated/graphql.js';
import { listAgreements, listEngagements } from '../store/lists.js';

// Fields this subgraph adds to entities other subgraphs own. The gateway sends only the key, and
// the key is all these fields need: __resolveReference hands the reference on as it is. The lists
// are the top-level ones with the parent's key as one more condition.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (country, args, { db }) => listAgreements(db, args.filter, pageRequest(args), { countries: [country.code] }),
  engagements: (country, args, { db }) => listEngagements(db, args.filter, pageRequest(args), { countries: [country.code] }),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (organization, args, { db }) =>
    listAgreements(db, args.filter, pageRequest(args), { organizations: [organization.id] }),
  engagements: (organization, args, { db }) =>
    listEngagements(db, args.filter, pageRequest(args), { organizations: [organization.id] }),
};

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ref,
  engagements: (person, args, { db }) => listEngagements(db, args.filter, pageRequest(args), { people: [person.id] }),
  agreements: (person, args, { db }) => listAgreements(db, args.filter, pageRequest(args), { people: [person.id] }),
};

export const EnergyProject: EnergyProjectResolvers = {
  __resolveReference: (ref) => ref,
  agreements: async (project, _, { loaders }) =>
    (await loaders.agreementsOfProject.load(project.id)).map((link) => link.agreement),
};
