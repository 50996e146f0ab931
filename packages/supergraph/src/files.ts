import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the committed supergraph lives: what the gateway (or any federation router) loads. */
export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/** Where the committed API schema lives: the graph as clients see it, for client code generation. */
export const apiSchemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The committed supergraph SDL, as the gateway loads it. */
export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}
