import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { AuthContext } from './define.js';
import { subgraphServer } from './subgraph.js';

export interface TestResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Runs operations against a subgraph's schema exactly as its server would (same error policy),
 * without a network hop: for a service's own tests.
 */
export async function subgraphClient<TContext extends AuthContext>(
  schema: GraphQLSchema,
  context: () => TContext,
): Promise<{ query: (query: string, variables?: Record<string, unknown>) => Promise<TestResult>; stop: () => Promise<void> }> {
  const server = subgraphServer<TContext>(schema);
  await server.start();
  return {
    async query(query, variables) {
      const response = await server.executeOperation({ query, variables }, { contextValue: context() });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    },
    stop: () => server.stop(),
  };
}
