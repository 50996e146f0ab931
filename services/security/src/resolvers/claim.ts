import { claimCitation } from '@pamir/db';
import type { ClaimResolvers } from '../generated/graphql.js';

/** A claim carries its citation inline, like a reported cost. */
export const Claim: ClaimResolvers = { citation: claimCitation };
