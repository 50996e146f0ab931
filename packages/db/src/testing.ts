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

/** A statement as Drizzle sent it. */
export interface SentStatement {
  query: string;
  params: unknown[];
}

/** A logger that keeps every statement sent, for tests that look at the SQL a request costs. */
export function recordingLogger(): Logger & { statements: SentStatement[] } {
  const statements: SentStatement[] = [];
  return { statements, logQuery: (query, params) => void statements.push({ query, params }) };
}

/** One scan in a plan: its node type and the table and index it reads. */
export interface PlannedScan {
  node: string;
  relation?: string;
  index?: string;
}

/**
 * The scans Postgres plans for a statement when it may use any index it has (sequential scans
 * priced out, as on a table too big to read whole): a Seq Scan left in the plan means no index can
 * answer the statement's conditions.
 */
export async function plannedScans(handle: DatabaseHandle<Record<string, unknown>>, statement: SentStatement): Promise<PlannedScan[]> {
  const explain = `explain (format json) ${statement.query}`;
  const client = (handle.db as unknown as { $client: unknown }).$client;
  let plan: unknown;
  if (handle.driver === 'postgres') {
    const sql = client as postgres.Sql;
    plan = await sql.begin(async (tx) => {
      await tx.unsafe('set local enable_seqscan = off');
      return tx.unsafe(explain, statement.params as postgres.ParameterOrJSON<never>[]);
    });
  } else {
    const pglite = client as { transaction: <T>(run: (tx: { exec(q: string): Promise<unknown>; query(q: string, p: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<T>) => Promise<T> };
    plan = await pglite.transaction(async (tx) => {
      await tx.exec('set local enable_seqscan = off');
      return (await tx.query(explain, statement.params)).rows;
    });
  }
  const [row] = plan as Record<string, unknown>[];
  const root = (Object.values(row!)[0] as { Plan: PlanNode }[])[0]!.Plan;
  const scans: PlannedScan[] = [];
  const walk = (node: PlanNode) => {
    if (node['Node Type'].endsWith('Scan'))
      scans.push({ node: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] });
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root);
  return scans;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
