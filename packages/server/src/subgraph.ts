import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { commonTypeDefs, formatError } from '@pamir/graph';
import { parse, type GraphQLSchema } from 'graphql';
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

/** The database a subgraph process holds. */
interface ProcessDatabase {
  description: string;
  statements(): number;
  close(): Promise<void>;
}

/** What a subgraph process needs to know to run. */
export interface SubgraphProcess<TDatabase extends ProcessDatabase, TContext extends BaseContext> {
  name: string;
  port: number;
  host: string;
  schema: GraphQLSchema;
  /** Opens the database, migrated and loaded; a failure names the database and the reason. */
  open: () => Promise<TDatabase>;
  context: (database: TDatabase, request: IncomingMessage) => Promise<TContext> | TContext;
  /** Throws unless the database answers and every migration is applied. */
  ready: (database: TDatabase) => Promise<void>;
}

/** Starts a subgraph process: database, then server; Ctrl-C or SIGTERM stops both cleanly. */
export function runSubgraph<TDatabase extends ProcessDatabase, TContext extends BaseContext>(
  process: SubgraphProcess<TDatabase, TContext>,
): void {
  runMain(async () => {
    const database = await process.open();
    const running = await serve<TContext>({
      name: process.name,
      apollo: subgraphServer<TContext>(process.schema),
      port: process.port,
      host: process.host,
      context: async (request) => process.context(database, request),
      ready: () => process.ready(database),
      metrics: () => ({ pamir_sql_statements_total: database.statements() }),
    });
    console.log(`serving ${running.url} from ${database.description}`);
    stopOnSignals(async () => {
      await running.close();
      await database.close();
    });
  });
}
