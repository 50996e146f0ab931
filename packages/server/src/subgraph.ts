import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { commonTypeDefs, formatError } from '@pamir/graph';
import { parse, type GraphQLSchema } from 'graphql';

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
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
