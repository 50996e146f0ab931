import type { Subgraph } from '@pamir/server';
import { subgraphs as listed } from '@pamir/subgraph-list';

export type AnySubgraph = Subgraph<Record<string, unknown>, unknown>;

/** Every subgraph the list names, as its own package exports it (loaded from source, as tsx and vitest run it). */
export const subgraphModules: AnySubgraph[] = await Promise.all(
  listed.map(async ({ name }) => ((await import(`../../services/${name}/src/app.ts`)) as { subgraph: AnySubgraph }).subgraph),
);
