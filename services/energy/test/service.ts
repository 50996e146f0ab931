import { fileURLToPath } from 'node:url';
import type { RequestAuth } from '@pamir/auth';
import type { DatabaseHandle } from '@pamir/db';
import type { Peers } from '@pamir/server';
import { createTestDatabase } from '@pamir/db/testing';
import { subgraphClient } from '@pamir/server/testing';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

// What every test file here starts from: a migrated database (seeded from test/fixtures unless
// asked for an empty one) and a client that runs operations against the subgraph's schema.

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface TestService {
  database: DatabaseHandle<typeof schema>;
  client: Awaited<ReturnType<typeof subgraphClient>>;
  stop: () => Promise<void>;
}

export async function startTestService(
  driver: 'pglite' | 'postgres',
  options: {
    seeded?: boolean;
    /** Who calls, asked anew for each operation (so a test can switch callers). */
    auth?: () => RequestAuth;
    peers?: Peers;
  } = {},
): Promise<TestService> {
  const database = await createTestDatabase(driver, {
    service: 'energy',
    schema,
    migrationsFolder,
    ...(options.seeded === false
      ? {}
      : {
          seed: async (handle: DatabaseHandle<typeof schema>) => {
            await loadCuratedData(handle.db, fixtures);
          },
        }),
  });
  const client = await subgraphClient(graphSchema, () =>
    createContext(database.db, options.auth?.() ?? {}, options.peers),
  );
  return {
    database,
    client,
    stop: async () => {
      await client.stop();
      await database.close();
    },
  };
}

/** The ids of a connection's nodes or a list, in order. */
export function idsOf(list: { id: string }[] | { nodes: { id: string }[] }): string[] {
  return (Array.isArray(list) ? list : list.nodes).map((node) => node.id);
}
