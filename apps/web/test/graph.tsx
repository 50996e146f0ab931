// Component tests run the client's real operations against the real API schema, answered by
// fixture resolvers: the same shapes, nulls and error paths the gateway gives, without a server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import { buildSchema, execute, type ExecutionResult } from 'graphql';
import type { ReactElement } from 'react';
import { Observable } from 'rxjs';

const schema = buildSchema(readFileSync(path.join(import.meta.dirname, '../../../packages/supergraph/schema.graphql'), 'utf8'));

/** A client whose every request is executed against the API schema with `root` as the data. */
export function clientFor(root: Record<string, unknown>, seen: { operationName: string; variables: Record<string, unknown> }[] = []) {
  const link = new ApolloLink(
    (operation) =>
      new Observable<ExecutionResult>((observer) => {
        seen.push({ operationName: operation.operationName ?? '', variables: operation.variables });
        void Promise.resolve(execute({ schema, document: operation.query, variableValues: operation.variables, rootValue: root })).then(
          (result) => {
            observer.next(JSON.parse(JSON.stringify(result)) as ExecutionResult);
            observer.complete();
          },
        );
      }) as never,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({ typePolicies: { Country: { keyFields: ['code'] } } }),
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}

export function renderWithGraph(ui: ReactElement, root: Record<string, unknown>, url = '/') {
  window.history.replaceState(null, '', url);
  const seen: { operationName: string; variables: Record<string, unknown> }[] = [];
  const result = render(<ApolloProvider client={clientFor(root, seen)}>{ui}</ApolloProvider>);
  return { ...result, seen };
}

/** A connection as the graph returns it, from a list of nodes. */
export function connection<T extends { id?: string; code?: string }>(nodes: T[], first = 20) {
  const page = nodes.slice(0, first);
  return {
    totalCount: nodes.length,
    nodes: page,
    edges: page.map((node, i) => ({ cursor: `c${i}`, node })),
    pageInfo: { hasNextPage: nodes.length > first, endCursor: page.length ? `c${page.length - 1}` : null },
  };
}
