import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { formatError } from '@pamir/graph';
import { gatewaySecretHeader } from '@pamir/server';
import { readSupergraph, type SubgraphName } from '@pamir/supergraph';
import { subgraphFetcher } from './fetcher.js';
import { landingPage } from './landing.js';
import { enforceScalars } from './scalars.js';
import { SubgraphSource } from './subgraph-source.js';
import { operationMustExist } from './operations.js';

/** Per request: the caller's credentials, passed on to the subgraphs, which check them themselves. */
export interface GatewayContext {
  authorization?: string;
}

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  webUrl: string;
  timeoutMs: number;
  gatewaySecret?: string | undefined;
}

/**
 * The gateway: the committed supergraph (no introspection at start), each subgraph at its
 * configured URL, the house error policy.
 */
export function createGateway(options: GatewayOptions) {
  const fetcher = subgraphFetcher({ timeoutMs: options.timeoutMs });
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    buildService: ({ name }) =>
      new SubgraphSource(name, {
        url: options.subgraphUrls[name as SubgraphName],
        fetcher,
        willSendRequest({ request, context }) {
          const { authorization } = context as GatewayContext;
          if (authorization) request.http?.headers.set('authorization', authorization);
          if (options.gatewaySecret) request.http?.headers.set(gatewaySecretHeader, options.gatewaySecret);
        },
      }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => enforceScalars(apiSchema));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The schema is public, and the bundled IDE and client tooling read it.
    introspection: true,
    plugins: [landingPage(options.webUrl), operationMustExist()],
  });
  return { apollo, close: () => fetcher.close() };
}
