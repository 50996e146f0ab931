import type { ApolloServerPlugin } from '@apollo/server';
import { requestIdHeader } from './headers.js';
import { log } from './log.js';

// Codes that say the caller did something wrong: the response says all there is to say.
const clientCodes = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Logs every error the caller is not to blame for, with the request id the response carries, the
 * operation and the original error's stack: the detail the masked response leaves out.
 */
export function logUnexpectedErrors<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, request }) => {
          const requestId = request.http?.headers.get(requestIdHeader);
          for (const error of errors) {
            const code = error.extensions['code'];
            if (typeof code === 'string' && clientCodes.has(code)) continue;
            log.error('operation failed', {
              requestId,
              operationName: request.operationName,
              code,
              serviceName: error.extensions['serviceName'],
              path: error.path?.join('.'),
              error: error.originalError ?? error,
            });
          }
          return Promise.resolve();
        },
      }),
  };
}
