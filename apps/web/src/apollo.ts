import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { tap } from 'rxjs';
import { currentToken, reportRefusal } from './lib/session';

/**
 * Sends the signed-in user's token on every request (`Authorization: Bearer …`), read at request
 * time so a sign-in or sign-out applies at once, and tells the session when the server answers
 * UNAUTHENTICATED (an expired or refused token), so the page can offer to sign in again.
 */
export const authLink = new ApolloLink((operation, forward) => {
  const token = currentToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation).pipe(
    tap((result) => {
      const refused = result.errors?.find((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');
      if (refused) reportRefusal({ message: refused.message, hadToken: !!token });
    }),
  );
});

/**
 * One client for the whole app. `errorPolicy: 'all'` keeps the data that did load when a subgraph
 * fails, so a view can show it next to a note about what is missing.
 */
export function createApolloClient(gatewayUrl: string, fetchImpl?: typeof fetch) {
  return new ApolloClient({
    link: ApolloLink.from([authLink, new HttpLink({ uri: gatewayUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) })]),
    cache: new InMemoryCache({
      typePolicies: {
        Country: { keyFields: ['code'] },
        // Value objects without ids of their own: store them inside their parent.
        Citation: { keyFields: false },
        GeoPoint: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
    },
  });
}

// Tells Apollo Client's types about the default above, so `data` is typed as possibly partial.
// Apollo Client declares its defaults as namespaces, so augmenting them takes namespaces too.
/* eslint-disable @typescript-eslint/no-namespace */
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */
