import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import type { GatewayMetrics } from '../metrics.js';
import { refusal } from '../refusal.js';
import { actualCost } from './actual.js';
import { estimateCost } from './estimate.js';
import type { CostModel } from './model.js';

export interface CostOptions {
  budget: number;
  mode: 'enforce' | 'measure';
  /** The model for the supergraph now loaded (the gateway builds it on each load). */
  model: () => CostModel | undefined;
  metrics: GatewayMetrics;
}

/** The request header that asks for `extensions.cost` in the response. */
export const costHeader = 'x-pamir-cost';

/**
 * Demand control: estimates an operation's cost once its operation is known and before the query
 * plan runs, refuses it over the budget (in `enforce` mode), and counts the actual cost from the
 * response. Both are recorded in /metrics; `x-pamir-cost: true` returns them in `extensions.cost`.
 */
export function demandControl<TContext extends object>(options: CostOptions): ApolloServerPlugin<TContext> {
  const { budget, mode, metrics } = options;
  return {
    requestDidStart: ({ request }) => {
      const wanted = request.http?.headers.get(costHeader) === 'true';
      let estimated: number | undefined;
      let refused = false;
      let fragments: Record<string, FragmentDefinitionNode> = {};
      return Promise.resolve({
        didResolveOperation: ({ operation, document, request: { variables } }) => {
          const model = options.model();
          if (!model || !operation) return Promise.resolve();
          fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          estimated = estimateCost(model, operation, fragments, variables ?? {});
          metrics.cost('estimated', estimated);
          if (estimated <= budget) return Promise.resolve();
          metrics.overBudget.inc({ mode });
          if (mode === 'measure') return Promise.resolve();
          refused = true;
          throw refusal(
            metrics,
            'COST_ESTIMATED_TOO_EXPENSIVE',
            `Estimated cost ${estimated} exceeds the budget of ${budget}: ask for fewer items (a smaller first) or fewer nested lists.`,
            { limit: budget, found: estimated, extensions: { cost: { estimated, budget, mode } } },
          );
        },
        willSendResponse: (requestContext) => {
          const { response, operation } = requestContext;
          const model = options.model();
          if (estimated === undefined || refused || !model || !operation || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const actual = actualCost(model, operation, fragments, result.data, requestContext.request.variables ?? {});
          metrics.cost('actual', actual);
          if (wanted) result.extensions = { ...result.extensions, cost: { estimated, actual, budget, mode } };
          return Promise.resolve();
        },
      });
    },
  };
}
