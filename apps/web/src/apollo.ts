import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client for the whole app. `errorPolicy: 'all'` keeps the data that did load when a subgraph
 * fails, so a view can show it next to a note about what is missing.
 */
export function createApolloClient(gatewayUrl: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: gatewayUrl }),
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
