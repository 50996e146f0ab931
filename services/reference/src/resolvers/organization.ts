import type { OrganizationResolvers } from '../generated/graphql.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organization.load(ref.id),
  country: (organization, _, { loaders }) =>
    organization.countryCode ? loaders.country.load(organization.countryCode) : null,
  citations: (organization, _, { loaders }) => loaders.citations.organization.load(organization.id),
  claims: (organization, _, { loaders }) => loaders.claims.organization.load(organization.id),
};
