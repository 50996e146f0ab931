import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: this file sits in `packages/supergraph/src` (or `dist`). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the committed supergraph lives: what the gateway (or any federation router) loads. */
export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/** Where the committed API schema lives: the graph as clients see it, for client code generation. */
export const apiSchemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The schemas as last released (`pnpm schema:release`): one file per subgraph, and the API schema. */
export const releasedDir = fileURLToPath(new URL('../released/', import.meta.url));
/** The schema changelog: what each release changed, and the breaking changes acknowledged since. */
export const changelogPath = fileURLToPath(new URL('../CHANGELOG.md', import.meta.url));

/** The committed supergraph SDL, as the gateway loads it. */
export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}
