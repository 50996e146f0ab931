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

/**
 * Composes the listed subgraphs' SDL files into a supergraph. Subgraph URLs in the file are
 * placeholders: the gateway points each subgraph at its configured URL.
 */
export function composeSupergraph(): { supergraph: string; apiSchema: string } {
  const result = composeServices(
    subgraphs.map(({ name }) => ({
      name,
      url: `http://${name}.invalid/graphql`,
      typeDefs: parse(subgraphSdl(name)),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  const apiSchema = printSchema(result.schema.toAPISchema());
  return { supergraph: result.supergraphSdl, apiSchema: `${apiSchema}\n` };
}
