import { claimCitation } from '@pamir/db';
import type { ClaimResolvers, EstimateResolvers } from '../generated/graphql.js';

export const Estimate: EstimateResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.estimate.load(ref.id),
  country: (estimate, _, { loaders }) => (estimate.countryCode ? loaders.country.load(estimate.countryCode) : null),
  place: (estimate, _, { loaders }) => (estimate.placeId ? loaders.place.load(estimate.placeId) : null),
  organization: (estimate, _, { loaders }) =>
    estimate.organizationId ? loaders.organization.load(estimate.organizationId) : null,
  claims: (estimate, _, { loaders }) => loaders.claims.estimate.load(estimate.id),
  citations: (estimate, _, { loaders }) => loaders.citations.estimate.load(estimate.id),
};

/** A claim (about an estimate or an organisation) carries its citation inline; shape it like every other citation. */
export const Claim: ClaimResolvers = { citation: claimCitation };
