import type { PersonResolvers, PersonRoleResolvers } from '../generated/graphql.js';

// A person and the roles they held; every nested list goes through a per-request loader.

export const Person: PersonResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.person.load(ref.id),
  roles: (person, _, { loaders }) => loaders.personRoles.load(person.id),
  citations: (person, _, { loaders }) => loaders.citations.person.load(person.id),
};

export const PersonRole: PersonRoleResolvers = {
  organization: (role, _, { loaders }) => (role.organizationId ? loaders.organization.load(role.organizationId) : null),
  country: (role, _, { loaders }) => (role.countryCode ? loaders.country.load(role.countryCode) : null),
};
