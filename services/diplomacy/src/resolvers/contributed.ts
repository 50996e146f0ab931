import type {
  CountryResolvers,
  EnergyProjectResolvers,
  OrganizationResolvers,
  PersonResolvers,
} from '../generated/graphql.js';
import { agreementsPage, engagementsPage } from './pages.js';

// Fields this subgraph adds to entities other subgraphs own. The gateway sends only the key, and
// the key is all these fields need: __resolveReference hands the reference on as it is.

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (country, args, { db }) => agreementsPage(db, args, { countries: [country.code] }),
  engagements: (country, args, { db }) => engagementsPage(db, args, { countries: [country.code] }),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ref,
  agreements: (organization, args, { db }) => agreementsPage(db, args, { organizations: [organization.id] }),
  engagements: (organization, args, { db }) => engagementsPage(db, args, { organizations: [organization.id] }),
};

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ref,
  engagements: (person, args, { db }) => engagementsPage(db, args, { people: [person.id] }),
  agreements: (person, args, { db }) => agreementsPage(db, args, { people: [person.id] }),
};

export const EnergyProject: EnergyProjectResolvers = {
  __resolveReference: (ref) => ref,
  agreements: async (project, _, { loaders }) =>
    (await loaders.agreementsOfProject.load(project.id)).map((link) => link.agreement),
};
