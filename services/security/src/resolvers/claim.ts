import type { ClaimResolvers } from '../generated/graphql.js';

/** A claim carries its citation inline, like a reported cost. */
export const Claim: ClaimResolvers = {
  citation: (claim) => ({
    recordId: claim.recordId,
    source: { __typename: 'SourceDocument', id: claim.sourceId },
    quote: claim.quote,
    note: claim.note,
  }),
};
