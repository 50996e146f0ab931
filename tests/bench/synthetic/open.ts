import type { DatabaseHandle } from '@pamir/db';
import { subgraphEnv } from '@pamir/server';
import { subgraphModules } from '../../kit/subgraph-modules.js';
import type { SeedTarget } from './seed.js';

/** The listed subgraphs' own databases, opened as each subgraph opens its own. */
export interface OpenTargets {
  targets: SeedTarget[];
  close(): Promise<void>;
}

/**
 * Opens every listed subgraph's database where that subgraph would find it in this environment
 * (`.data/<name>` PGlite, or DATABASE_URL / <NAME>_DATABASE_URL): migrations and the curated load
 * first, exactly as the subgraph does when it starts.
 */
export async function openSeedTargets(
  env: Record<string, string | undefined> = process.env,
  log: (line: string) => void = () => {},
): Promise<OpenTargets> {
  const handles: DatabaseHandle<Record<string, unknown>>[] = [];
  const close = async () => {
    for (const handle of handles.splice(0)) await handle.close().catch(() => undefined);
  };
  const targets: SeedTarget[] = [];
  try {
    for (const subgraph of subgraphModules) {
      const { location } = subgraphEnv(subgraph.name, env);
      const opening = performance.now();
      const handle = await subgraph.openServiceDatabase(location).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `cannot open the ${subgraph.name} subgraph's database (${message}). ` +
            (location.driver === 'pglite' ? 'Is another process (the graph, a test) using it? PGlite allows one process.' : ''),
          { cause: error },
        );
      });
      handles.push(handle);
      targets.push({ name: subgraph.name, recordTypes: subgraph.recordTypes, db: handle.db });
      const seconds = ((performance.now() - opening) / 1000).toFixed(1);
      log(`${subgraph.name}: ${handle.description} (opened, migrated, curated data loaded in ${seconds} s)`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { targets, close };
}
