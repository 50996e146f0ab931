import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { AuthContext } from './define.js';
import { invalidFields } from './input.js';
import type { Peers } from './references.js';
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

/**
 * Peers for a subgraph's own tests, answering from lists of entities the test says exist (the real
 * cross-subgraph check runs in the end-to-end tests, against the real subgraphs).
 */
export function knownEntities(known: Record<string, readonly string[]>): Peers {
  return {
    requireReferences: (references) => {
      const missing = references.filter(
        (reference) => !(known[reference.typename] ?? []).includes(Object.values(reference.key)[0] ?? ''),
      );
      if (!missing.length) return Promise.resolve();
      return Promise.reject(
        invalidFields(
          missing.map((reference) => ({
            path: reference.path,
            message: `no ${reference.typename} ${Object.values(reference.key).join(', ')} exists`,
          })),
        ),
      );
    },
    ask: () => Promise.reject(new Error('knownEntities vouches for references only; use a running peer to ask it anything')),
  };
}
