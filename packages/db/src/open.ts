import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type Logger, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { installGenerationTriggers } from './generation.js';
import { instrumentPglite, instrumentPostgres, type StatementObserver } from './statements.js';

/** The Drizzle database both drivers give: every store is written against this type alone. */
export type Database<TSchema extends Record<string, unknown> = Record<string, unknown>> = PgDatabase<
  PgQueryResultHKT,
  TSchema
>;

/** Where a service keeps its data: a PGlite directory, or a database on a Postgres server. */
export type DatabaseLocation =
  | { driver: 'pglite'; dataDir: string }
  | { driver: 'pglite-memory'; loadDataDir?: Blob | File }
  | { driver: 'postgres'; url: string };

export interface DatabaseHandle<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  /** Human-readable name for messages: the directory or the server and database. */
  description: string;
  driver: DatabaseLocation['driver'];
  /** Applies the committed SQL migrations; safe when several copies start at once. */
  migrate(migrationsFolder: string): Promise<void>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  /** Throws unless the database answers and every migration in the folder is applied. */
  checkReady(migrationsFolder: string): Promise<void>;
  /** SQL statements this handle has sent, for /metrics and for tests that count queries. */
  statements(): number;
  /** How many statements can run at once: the pool's connections (PGlite has one). */
  poolSize: number;
  /** PGlite only: a snapshot of the data directory, to start test databases from. */
  dump?(): Promise<Blob | File>;
  close(): Promise<void>;
}

/** Raised when a database cannot be opened; the message names the database and the reason. */
export class DatabaseOpenError extends Error {
  constructor(description: string, cause: unknown) {
    super(`cannot open database ${description}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DatabaseOpenError';
  }
}

// One advisory lock id for "migrating or seeding this database"; other copies wait on it.
const schemaLockId = 7_246_610_001;

export async function openDatabase<TSchema extends Record<string, unknown>>(
  location: DatabaseLocation,
  schema: TSchema,
  options: { logger?: Logger; observer?: StatementObserver } = {},
): Promise<DatabaseHandle<TSchema>> {
  const counter = new CountingLogger(options.logger);
  return location.driver === 'postgres'
    ? openPostgres(location.url, schema, counter, options.observer)
    : openPglite(location, schema, counter, options.observer);
}

/** Counts every statement Drizzle sends, and passes it on to the caller's logger if any. */
class CountingLogger implements Logger {
  count = 0;
  constructor(private readonly next?: Logger) {}
  logQuery(query: string, params: unknown[]): void {
    this.count++;
    this.next?.logQuery(query, params);
  }
}

async function openPglite<TSchema extends Record<string, unknown>>(
  location: Exclude<DatabaseLocation, { driver: 'postgres' }>,
  schema: TSchema,
  logger: CountingLogger,
  observer: StatementObserver | undefined,
): Promise<DatabaseHandle<TSchema>> {
  const description = location.driver === 'pglite' ? `PGlite at ${location.dataDir}` : 'PGlite in memory';
  let client: PGlite;
  try {
    if (location.driver === 'pglite') {
      await mkdir(location.dataDir, { recursive: true });
      client = await PGlite.create(location.dataDir);
    } else {
      client = await PGlite.create(location.loadDataDir ? { loadDataDir: location.loadDataDir } : {});
    }
  } catch (error) {
    throw new DatabaseOpenError(description, error);
  }
  instrumentPglite(client, observer);
  const db = drizzlePglite(client, { schema, logger, casing: 'snake_case' }) as unknown as Database<TSchema>;
  return {
    db,
    description,
    driver: location.driver,
    // PGlite is one connection in one process: nothing else can race the migration.
    async migrate(migrationsFolder) {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
      await installGenerationTriggers(db, schema);
    },
    ping: async () => {
      await client.query('select 1');
    },
    checkReady: (migrationsFolder) => checkReady(db, migrationsFolder),
    statements: () => logger.count,
    poolSize: 1,
    dump: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

async function openPostgres<TSchema extends Record<string, unknown>>(
  url: string,
  schema: TSchema,
  logger: CountingLogger,
  observer: StatementObserver | undefined,
): Promise<DatabaseHandle<TSchema>> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const description = `${database} on ${target.hostname}:${target.port || 5432}`;
  try {
    await createDatabaseIfMissing(target, database);
  } catch (error) {
    throw new DatabaseOpenError(description, error);
  }
  const poolSize = 10;
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 });
    throw new DatabaseOpenError(description, error);
  }
  instrumentPostgres(client, observer);
  const db = drizzlePostgres(preparing(client), { schema, logger, casing: 'snake_case' }) as unknown as Database<TSchema>;
  return {
    db,
    description,
    driver: 'postgres',
    async migrate(migrationsFolder) {
      // Several copies of a service may start together: one migrates, the others wait for it.
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(${schemaLockId})`;
        await migratePostgres(drizzlePostgres(client), { migrationsFolder });
        await installGenerationTriggers(db, schema);
      } finally {
        await lock`select pg_advisory_unlock(${schemaLockId})`.catch(() => undefined);
        lock.release();
      }
    },
    ping: async () => {
      await client`select 1`;
    },
    checkReady: (migrationsFolder) => checkReady(db, migrationsFolder),
    statements: () => logger.count,
    poolSize,
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * The client with every statement Drizzle sends prepared on its connection. Drizzle names none, so
 * postgres.js would send each unprepared: a Describe and a wait for the parameters' types before
 * every execution, and Postgres parsing and planning it afresh. Prepared, a statement already seen
 * on a connection is one round trip. Each connection keeps its statements until it is recycled
 * (postgres.js' max_lifetime, 30 to 60 minutes), which bounds what a varied mix can pile up.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'unsafe') return Reflect.get(target, property, receiver) as unknown;
      return (query: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
        target.unsafe(query, params, { ...options, prepare: true });
    },
  });
}

async function createDatabaseIfMissing(server: URL, database: string): Promise<void> {
  const maintenance = new URL(server);
  maintenance.pathname = '/postgres';
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [found] = await admin`select 1 as found from pg_database where datname = ${database}`;
    if (!found) {
      await admin.unsafe(`create database "${database.replaceAll('"', '""')}"`).catch((error: unknown) => {
        // Another copy created it first.
        if ((error as { code?: string }).code !== '42P04') throw error;
      });
    }
  } finally {
    await admin.end({ timeout: 1 });
  }
}

async function checkReady(db: Database, migrationsFolder: string): Promise<void> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const [row] = await rowsOf<{ count: number }>(
    db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  const applied = Number(row?.count ?? 0);
  if (applied < journal.entries.length) {
    throw new Error(`${applied} of ${journal.entries.length} migrations applied`);
  }
}

/** Runs raw SQL and returns its rows, whichever driver is underneath. */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** The advisory lock seeding takes inside its transaction, so copies seed one at a time. */
export const seedLock = sql`select pg_advisory_xact_lock(${schemaLockId + 1})`;
