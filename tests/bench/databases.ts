import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { subgraphs, variablePrefix } from '@pamir/subgraph-list';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { syntheticCounts, type SyntheticCounts } from './synthetic/generate.js';
import { openSeedTargets } from './synthetic/open.js';
import { countryCodes, expectedTally, seedSynthetic, syntheticTally } from './synthetic/seed.js';
import type { VariablePool } from './operations.js';

// The benchmark's own databases, one set per size: `pamir_bench_<events>_<subgraph>` on the
// Postgres server, or `.data/bench-<events>/` for PGlite. Seeded once with the synthetic records
// and reused while they hold what a run asks for; the subgraphs' own data is never touched.

export type Driver = 'postgres' | 'pglite';

export interface BenchData {
  /** What the subgraphs (and the bare handler) need in their environment to find these databases. */
  env: Record<string, string>;
  counts: SyntheticCounts;
  pool: VariablePool;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'pamir';

export async function benchData(
  driver: Driver,
  size: { events: number; agreements: number; projects: number },
  serverUrl: string,
  log: (line: string) => void,
): Promise<BenchData> {
  const env: Record<string, string> =
    driver === 'postgres' ? await postgresDatabases(serverUrl, size.events) : { PAMIR_DATA_DIR: `${root}.data/bench-${size.events}` };
  if (driver === 'pglite') await mkdir(env['PAMIR_DATA_DIR']!, { recursive: true });
  const counts = syntheticCounts(size);
  const opened = await openSeedTargets(env);
  try {
    const want = expectedTally(counts);
    const have = await syntheticTally(opened.targets);
    if (Object.entries(want).some(([type, n]) => have[type] !== n)) {
      log(`seeding ${size.events} events, ${size.agreements} agreements, ${size.projects} projects (${driver}) …`);
      const started = performance.now();
      await seedSynthetic(opened.targets, { counts, seed, log: (line) => log(`  ${line}`) });
      // Fresh statistics, or the planner takes 100k rows for a few hundred and counts cannot use the index alone.
      for (const target of opened.targets) await target.db.execute(sql`vacuum analyze`);
      log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else {
      log(`the ${driver} bench databases already hold ${size.events} synthetic events`);
    }
    const countries = await countryCodes(opened.targets.find((target) => target.name === 'reference')!);
    // The synthetic dates run from 2015 to the end of 2025.
    const years = Array.from({ length: 11 }, (_, i) => 2015 + i);
    return { env, counts, pool: { countries, years, events: counts.events } };
  } finally {
    await opened.close();
  }
}

/** Creates the per-subgraph databases on the server when missing; returns `<NAME>_DATABASE_URL`s. */
async function postgresDatabases(serverUrl: string, events: number): Promise<Record<string, string>> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const env: Record<string, string> = {};
  try {
    for (const { name } of subgraphs) {
      const database = `pamir_bench_${events}_${name}`;
      const [found] = await admin`select 1 from pg_database where datname = ${database}`;
      if (!found) await admin.unsafe(`create database "${database}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      env[`${variablePrefix(name)}_DATABASE_URL`] = url.toString();
    }
  } finally {
    await admin.end({ timeout: 1 });
  }
  return env;
}
