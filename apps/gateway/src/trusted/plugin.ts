import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../metrics.js';
import { refusal } from '../refusal.js';
import type { TrustedDocuments } from './manifest.js';

export type TrustedDocumentsMode = 'off' | 'log' | 'only';

/**
 * Holds operations to the trusted documents: `log` counts the others in /metrics, `only` refuses
 * them (400 PERSISTED_QUERY_NOT_IN_LIST). Checked on the document's hash before it is parsed, so a
 * refused document costs nothing more; an automatic persisted query registering an unknown text is
 * refused here too, before Apollo Server would store it.
 */
export function trustedDocuments<TContext extends object>(
  documents: TrustedDocuments,
  mode: TrustedDocumentsMode,
  metrics: Metrics,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveSource: ({ queryHash }) => {
          if (mode === 'off') return Promise.resolve();
          const known = documents.has(queryHash);
          metrics.add('pamir_trusted_documents_total', 1, { known: String(known) });
          if (known || mode === 'log') return Promise.resolve();
          throw refusal(
            metrics,
            'PERSISTED_QUERY_NOT_IN_LIST',
            'This gateway only runs the operations of its trusted-document list; this document is not in it.',
          );
        },
      }),
  };
}
