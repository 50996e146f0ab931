import { ApolloClient, ApolloLink, DocumentTransform, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Kind, type DefinitionNode } from 'graphql';
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
 * Puts a document's definitions in the order the trusted-document manifest prints them
 * (operations before fragments, each by name; the order of Apollo's manifest generator), so the
 * text this client sends, and its hash, are the ones `scripts/trusted-documents.mjs` records.
 */
export const manifestOrder = new DocumentTransform((document) => ({
  ...document,
  definitions: [...document.definitions].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind > b.kind ? -1 : 1;
    const [nameA, nameB] = [nameOf(a), nameOf(b)];
    return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
  }),
}));

function nameOf(definition: DefinitionNode): string {
  return definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION
    ? (definition.name?.value ?? '')
    : '';
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Automatic persisted queries: each operation goes first as its sha256 alone, and with its text only
 * when the gateway does not know it yet. The gateway holds this app's operations from the start, and
 * may be set to serve nothing else. Browsers give `crypto.subtle` only to secure pages (https or
 * localhost); elsewhere the client sends text as before.
 */
function persistedQueries(): ApolloLink[] {
  return typeof crypto !== 'undefined' && crypto.subtle ? [new PersistedQueryLink({ sha256 })] : [];
}

/**
 * One client for the whole app. `errorPolicy: 'all'` keeps the data that did load when a subgraph
 * fails, so a view can show it next to a note about what is missing.
 */
export function createApolloClient(gatewayUrl: string, fetchImpl?: typeof fetch) {
  return new ApolloClient({
    link: ApolloLink.from([
      authLink,
      ...persistedQueries(),
      new HttpLink({ uri: gatewayUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
    ]),
    documentTransform: manifestOrder,
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
