import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { commonTypeDefs } from '@pamir/graph';
import { printSchema } from '@apollo/federation-internals';
import { parse } from 'graphql';

/** The subgraphs, in the order their URLs are configured. */
export const subgraphNames = ['reference', 'security', 'diplomacy', 'energy'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

const root = new URL('../../../', import.meta.url);

/** The SDL a subgraph serves: the shared types plus its own schema.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return `${commonTypeDefs}\n${readFileSync(new URL(`services/${name}/schema.graphql`, root), 'utf8')}`;
}

/** Where the committed supergraph lives: what the gateway (or any federation router) loads. */
export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/** Where the committed API schema lives: the graph as clients see it, for client code generation. */
export const apiSchemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/**
 * Composes the four subgraphs' SDL files into a supergraph. Subgraph URLs in the file are
 * placeholders: the gateway points each subgraph at its configured URL.
 */
export function composeSupergraph(): { supergraph: string; apiSchema: string } {
  const result = composeServices(
    subgraphNames.map((name) => ({
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
