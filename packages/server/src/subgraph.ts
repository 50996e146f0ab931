import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { commonTypeDefs, formatError } from '@pamir/graph';
import { parse, type GraphQLSchema } from 'graphql';
import type { Subgraph } from './define.js';
import type { SubgraphConfig } from './env.js';
import { serve } from './http.js';
import { runMain, stopOnSignals } from './lifecycle.js';

/** A subgraph's executable schema: the shared SDL plus its own, with its resolvers. */
export function subgraphSchema<TContext>(typeDefs: string, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: parse(`${commonTypeDefs}\n${typeDefs}`), resolvers: resolvers as GraphQLResolverMap<TContext> },
  ]);
}

/** An Apollo Server for a subgraph, with the house error policy and no landing page. */
export function subgraphServer<TContext extends BaseContext>(schema: GraphQLSchema): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
}

/** Starts a subgraph process: database, then server; Ctrl-C or SIGTERM stops both cleanly. */
export function runSubgraph<TTables extends Record<string, unknown>, TContext extends BaseContext>(
  subgraph: Subgraph<TTables, TContext>,
  config: SubgraphConfig,
): void {
  runMain(async () => {
    const database = await subgraph.openServiceDatabase(config.location);
    const running = await serve<TContext>({
      name: subgraph.name,
      apollo: subgraphServer<TContext>(subgraph.graphSchema),
      port: config.port,
      host: config.host,
      context: (request) => Promise.resolve(subgraph.createContext(database.db, request)),
      ready: () => database.checkReady(subgraph.migrationsFolder),
      metrics: () => ({ pamir_sql_statements_total: database.statements() }),
    });
    console.log(`serving ${running.url} from ${database.description}`);
    stopOnSignals(async () => {
      await running.close();
      await database.close();
    });
  });
}
