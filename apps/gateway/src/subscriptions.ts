import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayMetrics } from './metrics.js';
import { refusal } from './refusal.js';

/**
 * @apollo/gateway cannot execute subscriptions and fails on them with a 500; the graph has none
 * anyway. Refused as the caller's mistake (400 SUBSCRIPTIONS_NOT_SUPPORTED) before any planning.
 */
export function subscriptionsRefused<TContext extends object>(metrics: GatewayMetrics): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation }) => {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return Promise.resolve();
          throw refusal(
            metrics,
            'SUBSCRIPTIONS_NOT_SUPPORTED',
            'This gateway does not serve subscriptions: send the query again as a query, or poll.',
          );
        },
      }),
  };
}
