import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GatewayMetrics } from '../metrics.js';
import { refusal, type RefusalCode } from '../refusal.js';
import { maxFieldsRule } from './fields.js';
import { maxRootFieldsRule } from './root-fields.js';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxDirectives: number;
  maxFields: number;
}

/**
 * The limits that need the parsed document, as validation rules: they run once per distinct
 * document (Apollo Server keeps validated documents), before any query plan or subgraph call.
 * GraphQL Armor's rules do the counting; their refusal is reported with Pamir's code instead of
 * thrown, so the client gets QUERY_TOO_DEEP rather than a generic validation failure.
 */
export function limitRules(limits: OperationLimits, metrics: GatewayMetrics): ValidationRule[] {
  const coded = (code: RefusalCode, limit: number) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, '');
        const found = Number(/found (\d+)/.exec(message)?.[1]);
        context?.reportError(refusal(metrics, code, message, { limit, ...(Number.isFinite(found) ? { found } : {}) }));
      },
    ],
  });
  return [
    // First, so a fragment bomb is refused before the other rules walk it.
    maxFieldsRule(limits.maxFields, (found) =>
      refusal(metrics, 'TOO_MANY_FIELDS', `Fields limit of ${limits.maxFields} exceeded, found ${found} once fragments are expanded.`, {
        limit: limits.maxFields,
        found,
      }),
    ),
    // Fragments add no depth of their own: depth is how far the answer nests.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...coded('QUERY_TOO_DEEP', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...coded('TOO_MANY_ALIASES', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...coded('TOO_MANY_DIRECTIVES', limits.maxDirectives) }),
    maxRootFieldsRule(limits.maxRootFields, (found) =>
      refusal(
        metrics,
        'TOO_MANY_ROOT_FIELDS',
        `Root fields limit of ${limits.maxRootFields} exceeded, found ${found}.`,
        { limit: limits.maxRootFields, found },
      ),
    ),
  ];
}
