import { GraphQLError } from 'graphql';
import type { GatewayMetrics } from './metrics.js';

/** The codes the gateway refuses an operation with, before any subgraph is called. */
export type RefusalCode =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_ROOT_FIELDS'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_FIELDS'
  | 'FRAGMENT_CYCLE'
  | 'COST_ESTIMATED_TOO_EXPENSIVE'
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  | 'SUBSCRIPTIONS_NOT_SUPPORTED';

/**
 * A refusal the client can act on: a 4xx, a code naming the limit, and (where there is one) the
 * limit and the value found, in the message and in `extensions`. Counted once, where it is made.
 */
export function refusal(
  metrics: GatewayMetrics,
  code: RefusalCode,
  message: string,
  details: { limit?: number; found?: number; status?: number; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  metrics.refused.inc({ code });
  const { status = 400, extensions = {}, ...numbers } = details;
  return new GraphQLError(message, { extensions: { code, ...numbers, ...extensions, http: { status } } });
}
