import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { commonTypeDefs } from '@pamir/graph';
import { schemaFile, subgraphNamed, subgraphs } from '@pamir/subgraph-list';
import { printSchema } from '@apollo/federation-internals';
import { parse } from 'graphql';

/** The SDL a subgraph serves: the shared types plus its own schema file, as the subgraph list names it. */
export function subgraphSdl(name: string): string {
  return `${commonTypeDefs}\n${readFileSync(schemaFile(subgraphNamed(name)), 'utf8')}`;
}

/** Every listed subgraph's SDL, by name, in the list's order. */
export function listedSubgraphSdls(): Map<string, string> {
  return new Map(subgraphs.map(({ name }) => [name, subgraphSdl(name)]));
}

/**
 * Composes subgraphs' SDL (the listed subgraphs' files unless given) into a supergraph. Subgraph
 * URLs in the file are placeholders: the gateway points each subgraph at its configured URL.
 */
export function composeSupergraph(sdls: ReadonlyMap<string, string> = listedSubgraphSdls()): { supergraph: string; apiSchema: string } {
  const result = composeServices(
    [...sdls].map(([name, sdl]) => ({
      name,
      url: `http://${name}.invalid/graphql`,
      typeDefs: parse(sdl),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  const apiSchema = printSchema(result.schema.toAPISchema());
  return { supergraph: result.supergraphSdl, apiSchema: `${apiSchema}\n` };
}
