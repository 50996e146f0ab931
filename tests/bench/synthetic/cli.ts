import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { subgraphEnv } from '@pamir/server';
import { subgraphs } from '@pamir/subgraph-list';
import { syntheticCounts } from './generate.js';
import { openSeedTargets } from './open.js';
import { clearSynthetic, seedSynthetic } from './seed.js';

// pnpm seed:synthetic [--events N] [--agreements N] [--projects N] [--seed S] [--clear]
// Fills the subgraphs' own databases (found as each subgraph finds it: `.data/<name>` PGlite, or
// DATABASE_URL / <NAME>_DATABASE_URL) with synthetic records; the graph must not be running.

const usage = `usage: pnpm seed:synthetic [--events 100000] [--agreements 10000] [--projects 5000]
       [--engagements N] [--facilities N] [--targets N] [--seed pamir] [--batch 1000]
       pnpm seed:synthetic --clear`;

// pnpm runs this in tests/: relative paths (PAMIR_DATA_DIR) mean what they meant where it was typed.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    agreements: { type: 'string', default: '10000' },
    projects: { type: 'string', default: '5000' },
    engagements: { type: 'string' },
    facilities: { type: 'string' },
    targets: { type: 'string' },
    seed: { type: 'string', default: 'pamir' },
    batch: { type: 'string', default: '1000' },
    clear: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, not ${JSON.stringify(value)}\n${usage}`);
    process.exit(2);
  }
  return n;
}

const optional = Object.fromEntries(
  (['engagements', 'facilities', 'targets'] as const).flatMap((name) => {
    const n = count(name, values[name]);
    return n === undefined ? [] : [[name, n]];
  }),
);
const counts = syntheticCounts({
  events: count('events', values.events)!,
  agreements: count('agreements', values.agreements)!,
  projects: count('projects', values.projects)!,
  ...optional,
});
const batchSize = Math.max(1, count('batch', values.batch)!);

/** True when something answers on the port: the subgraph (or something else) is running there. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

const configs = subgraphs.map(({ name }) => ({ name, config: subgraphEnv(name) }));

const running = [];
for (const { name, config } of configs) {
  if (await answers(config.host, config.port))
    running.push(`the ${name} subgraph answers on ${config.host}:${config.port}`);
}
// PGlite takes no lock: an open database only shows by the postmaster.pid it writes (and removes on close).
for (const { name, config } of configs) {
  if (config.location.driver !== 'pglite') continue;
  const pid = path.join(config.location.dataDir, 'postmaster.pid');
  if (existsSync(pid))
    running.push(`the ${name} subgraph's PGlite database is open in another process (${pid})`);
}
if (running.length) {
  console.error(
    `the databases are busy: stop the graph (and any test using them) first.\n${running.map((line) => `  - ${line}`).join('\n')}\n` +
      'PGlite allows one process per database, and a running graph would not see the new rows consistently. ' +
      'If nothing is running, a process stopped without closing its PGlite database: remove the postmaster.pid named.',
  );
  process.exit(1);
}

const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const opened = await openSeedTargets(process.env, (line) => console.log(line)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
try {
  const { targets } = opened;
  if (values.clear) {
    await clearSynthetic(targets, (line) => console.log(line));
  } else {
    console.log(
      `seed ${JSON.stringify(values.seed)}: ${Object.entries(counts)
        .map(([name, n]) => `${n} ${name}`)
        .join(', ')}; batches of ${batchSize}`,
    );
    await seedSynthetic(targets, { counts, seed: values.seed, batchSize, log: (line) => console.log(line) });
  }
  console.log(`done in ${seconds(started)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await opened.close();
}
