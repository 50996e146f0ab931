import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayMetrics } from '../metrics.js';
import { refusal } from '../refusal.js';
import type { TrustedDocuments } from './manifest.js';

export type TrustedDocumentsMode = 'off' | 'log' | 'only';

/**
 * Holds operations to the trusted documents: `log` counts the others in /metrics, `only` refuses
 * them (400 PERSISTED_QUERY_NOT_IN_LIST). A document is known by its sha256, the hash automatic
 * persisted queries use, so text and hash are judged alike.
 *
 * The refusal comes once the operation is resolved, before any subgraph is called and before an
 * automatic persisted query would be registered: Apollo Server 5 answers an error thrown from an
 * earlier hook with a 500. A document that does not parse or validate is refused by those steps
 * first (a 400 as well); the token limit bounds what parsing it can cost.
 */
export function trustedDocuments<TContext extends object>(
  documents: TrustedDocuments,
  mode: TrustedDocumentsMode,
  metrics: GatewayMetrics,
): ApolloServerPlugin<TContext> {
  if (mode === 'off') return {};
  return {
    requestDidStart: () => {
      let known = true;
      return Promise.resolve({
        didResolveSource: ({ queryHash }) => {
          known = documents.has(queryHash);
          metrics.trustedDocuments.inc({ known: String(known) });
          return Promise.resolve();
        },
        didResolveOperation: () => {
          if (known || mode === 'log') return Promise.resolve();
          throw refusal(
            metrics,
            'PERSISTED_QUERY_NOT_IN_LIST',
            'This gateway only runs the operations of its trusted-document list; this document is not in it.',
          );
        },
      });
    },
  };
}
