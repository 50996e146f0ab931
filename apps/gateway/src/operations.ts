import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A request naming an operation its document does not hold is the caller's mistake: 400 with
 * OPERATION_RESOLUTION_FAILURE, where the gateway's executor would otherwise fail with a 500.
 */
export function operationMustExist<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, request }) => {
          if (operation) return Promise.resolve();
          const name = request.operationName ? `named "${request.operationName}"` : 'to run';
          throw new GraphQLError(`the document holds no operation ${name}`, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      }),
  };
}
