import type { CodegenConfig } from '@graphql-codegen/cli';

/** GraphQL Code Generator settings for a subgraph, with its own type mappers. */
export declare function subgraphCodegen(mappers: Record<string, string>): CodegenConfig;
