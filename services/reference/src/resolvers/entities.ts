import type {
  ClaimResolvers,
  EstimateResolvers,
  CitationResolvers,
  CountryResolvers,
  OrganizationResolvers,
  PersonResolvers,
  PersonRoleResolvers,
  PlaceResolvers,
  SourceDocumentResolvers,
} from '../generated/graphql.js';

// The entities this subgraph owns. References from other subgraphs arrive at __resolveReference,
// which goes through the same per-request loaders as every other lookup.

export const Country: CountryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.country.load(ref.code),
  citations: (country, _, { loaders }) => loaders.citations.country.load(country.code),
};

export const Place: PlaceResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.place.load(ref.id),
  country: async (place, _, { loaders }) => (await loaders.country.load(place.countryCode))!,
  location: (place) =>
    place.latitude === null || place.longitude === null ? null : { latitude: place.latitude, longitude: place.longitude },
  citations: (place, _, { loaders }) => loaders.citations.place.load(place.id),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organization.load(ref.id),
  country: (organization, _, { loaders }) =>
    organization.countryCode ? loaders.country.load(organization.countryCode) : null,
  citations: (organization, _, { loaders }) => loaders.citations.organization.load(organization.id),
  claims: (organization, _, { loaders }) => loaders.claims.organization.load(organization.id),
};

export const Person: PersonResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.person.load(ref.id),
  roles: (person, _, { loaders }) => loaders.personRoles.load(person.id),
  citations: (person, _, { loaders }) => loaders.citations.person.load(person.id),
};

export const PersonRole: PersonRoleResolvers = {
  organization: (role, _, { loaders }) => (role.organizationId ? loaders.organization.load(role.organizationId) : null),
  country: (role, _, { loaders }) => (role.countryCode ? loaders.country.load(role.countryCode) : null),
};

export const SourceDocument: SourceDocumentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.sourceDocument.load(ref.id),
};

/** Citations here point at this subgraph's own source documents: resolve them locally. */
export const Citation: CitationResolvers = {
  source: async (citation, _, { loaders }) => (await loaders.sourceDocument.load(citation.source.id))!,
};

export const Estimate: EstimateResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.estimate.load(ref.id),
  country: (estimate, _, { loaders }) => (estimate.countryCode ? loaders.country.load(estimate.countryCode) : null),
  place: (estimate, _, { loaders }) => (estimate.placeId ? loaders.place.load(estimate.placeId) : null),
  organization: (estimate, _, { loaders }) =>
    estimate.organizationId ? loaders.organization.load(estimate.organizationId) : null,
  claims: (estimate, _, { loaders }) => loaders.claims.estimate.load(estimate.id),
  citations: (estimate, _, { loaders }) => loaders.citations.estimate.load(estimate.id),
};

/** A claim carries its citation inline; shape it like every other citation. */
export const Claim: ClaimResolvers = {
  citation: (claim) => ({
    recordId: claim.recordId,
    source: { __typename: 'SourceDocument', id: claim.sourceId },
    quote: claim.quote,
    note: claim.note,
  }),
};
