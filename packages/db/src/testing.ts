import postgres from 'postgres';
import type { Logger } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from './open.js';

/** The drivers a test suite runs against: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export function testDrivers(): ('pglite' | 'postgres')[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabaseSetup<TSchema extends Record<string, unknown>> {
  service: string;
  schema: TSchema;
  migrationsFolder: string;
  /** Loads the data the tests expect, e.g. the service's curated records. */
  seed?: (handle: DatabaseHandle<TSchema>) => Promise<void>;
  logger?: Logger;
}

// PGlite's initdb costs seconds: migrate and seed once per process, start each test from the dump.
const pgliteSnapshots = new Map<string, Promise<Blob | File>>();
let counter = 0;

/** A fresh, migrated and seeded database for one test; close() throws it away. */
export async function createTestDatabase<TSchema extends Record<string, unknown>>(
  driver: 'pglite' | 'postgres',
  setup: TestDatabaseSetup<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  if (driver === 'pglite') {
    const key = `${setup.migrationsFolder}:${setup.seed ? 'seeded' : 'empty'}`;
    let snapshot = pgliteSnapshots.get(key);
    if (!snapshot) {
      snapshot = (async () => {
        const first = await openDatabase({ driver: 'pglite-memory' }, setup.schema);
        await first.migrate(setup.migrationsFolder);
        await setup.seed?.(first);
        const dump = await first.dump!();
        await first.close();
        return dump;
      })();
      pgliteSnapshots.set(key, snapshot);
    }
    return openDatabase({ driver: 'pglite-memory', loadDataDir: await snapshot }, setup.schema, {
      logger: setup.logger,
    });
  }

  const server = process.env['TEST_DATABASE_URL'];
  if (!server) throw new Error('TEST_DATABASE_URL is not set');
  const url = new URL(server);
  const name = `pamir_test_${setup.service}_${process.pid}_${++counter}`;
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: 'postgres', url: url.toString() }, setup.schema, {
    logger: setup.logger,
  });
  await handle.migrate(setup.migrationsFolder);
  await setup.seed?.(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      const admin = postgres(server, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end({ timeout: 1 });
      }
    },
  };
}
