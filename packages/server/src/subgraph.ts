import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { authenticate, createVerifier, requireAuth } from '@pamir/auth';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { isDatabaseUnavailable, readGeneration } from '@pamir/db';
import { commonTypeDefs, DateScalar, DateTimeScalar, formatError, JSONScalar } from '@pamir/graph';
import { GraphQLError, OperationTypeNode, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { AuthContext, Subgraph, SubgraphContext } from './define.js';
import type { SubgraphConfig } from './env.js';
import { serve } from './http.js';
import { databaseMetrics } from './metrics.js';
import { Registry } from 'prom-client';
import { startTracing } from './tracing.js';
import { peersAt } from './references.js';
import { runMain, stopOnSignals } from './lifecycle.js';
import { nameLogs } from './log.js';
import { responseCache, responseCacheMetrics } from './response-cache.js';

/** A subgraph's executable schema: the shared SDL and scalars plus its own SDL and resolvers. */
export function subgraphSchema<TContext>(typeDefs: string, resolvers: object): GraphQLSchema {
  const shared = { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar };
  return buildSubgraphSchema([
    {
      typeDefs: parse(`${commonTypeDefs}\n${typeDefs}`),
      resolvers: { ...shared, ...resolvers } as GraphQLResolverMap<TContext>,
    },
  ]);
}

/** An Apollo Server for a subgraph, with the house error policy and no landing page. */
export function subgraphServer<TContext extends AuthContext>(
  schema: GraphQLSchema,
  options: { readsRequireAuth?: boolean; serviceName?: string; responseCache?: Parameters<typeof responseCache>[0] } = {},
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    // The process stops Apollo itself once its HTTP server has drained (Apollo's own signal
    // handling would stop it first and leave the drain waiting).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => databaseAway(formatted, error, options.serviceName) ?? formatError(formatted, error),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are declared or read anywhere, and the plugin wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.readsRequireAuth ? [readsNeedScope<TContext>()] : []),
      ...(options.responseCache ? responseCache<TContext>(options.responseCache) : []),
    ],
  });
}

/**
 * A field that failed because the database server is away says so, with a code a client can act
 * on (try again later), instead of an anonymous internal error; the driver's words stay in the log.
 */
function databaseAway(formatted: GraphQLFormattedError, error: unknown, serviceName = 'this'): GraphQLFormattedError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return {
    message: `the ${serviceName} subgraph's database is unavailable; try again shortly`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'DATABASE_UNAVAILABLE', serviceName },
  };
}

/** With PAMIR_READS_REQUIRE_AUTH, a query needs the `read` scope (writes check their own scopes). */
function readsNeedScope<TContext extends AuthContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, contextValue }) => {
          if (operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
          try {
            requireAuth(contextValue.auth, 'read');
          } catch (error) {
            // An error thrown here would leave as HTTP 500, which the gateway could only report as
            // an internal error; as 200 its code reaches the caller.
            const refused = error as GraphQLError;
            throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 200 } } });
          }
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Starts a subgraph process: database, then server; Ctrl-C or SIGTERM stops both cleanly. With the
 * argument `migrate` (`node dist/index.js migrate`) it only migrates its database and loads its
 * curated data, under the same advisory lock as a start, then exits: a deployment's migration job.
 */
export function runSubgraph<TTables extends Record<string, unknown>, TLoaders>(
  subgraph: Subgraph<TTables, TLoaders>,
  config: SubgraphConfig,
  command: string | undefined = process.argv[2],
): void {
  nameLogs(subgraph.name);
  if (command === 'migrate') {
    runMain(async () => {
      const database = await subgraph.openServiceDatabase(config.location);
      await database.close();
      console.log(`migrated ${database.description}`);
    });
    return;
  }
  if (command !== undefined) {
    console.error(`unknown command ${command}: the only one is migrate`);
    process.exit(2);
  }
  runMain(async () => {
    const stopTracing = startTracing(subgraph.name, config.tracing);
    const verify = await createVerifier(config.auth);
    const metrics = new Registry();
    const sql = databaseMetrics(metrics);
    const database = await subgraph.openServiceDatabase(config.location, { observer: sql });
    sql.count(database);
    const cached = responseCacheMetrics(metrics);
    const running = await serve<SubgraphContext<TTables, TLoaders>>({
      name: subgraph.name,
      apollo: subgraphServer<SubgraphContext<TTables, TLoaders>>(subgraph.graphSchema, {
        ...config.auth,
        serviceName: subgraph.name,
        responseCache: { maxAgeSeconds: config.responseCacheSeconds, generation: () => readGeneration(database.db), counts: cached },
      }),
      port: config.port,
      host: config.host,
      maxBodyBytes: config.maxBodyBytes,
      shutdownGraceMs: config.shutdownGraceMs,
      gatewaySecret: config.auth.gatewaySecret,
      context: async (request) =>
        subgraph.createContext(
          database.db,
          await authenticate(verify, request.headers.authorization),
          peersAt(config.subgraphUrls, config.auth.gatewaySecret, request.headers.authorization, config.entityOwners),
        ),
      ready: () =>
        database.checkReady(subgraph.migrationsFolder).catch((error: unknown) => {
          throw isDatabaseUnavailable(error) ? new Error('the database does not answer', { cause: error }) : error;
        }),
      metrics,
    });
    console.log(`serving ${running.url} from ${database.description}`);
    // Requests in flight get the grace period; closing the pool gets the rest.
    stopOnSignals(async () => {
      await running.close();
      await database.close();
      await stopTracing();
    }, config.shutdownGraceMs + 2_000);
  });
}
