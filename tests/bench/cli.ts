// pnpm bench [--driver postgres|pglite] [--seconds 10] [--rounds 2] [--connections 50]
//            [--events 100000] [--agreements 10000] [--projects 5000] [--small-events 1000]
//            [--targets pamir,hive,hive-rust,subgraph,bare] [--operations contract,...,mix] [--readme]
// Starts the graph on its own seeded databases, drives each operation against each target in
// alternating rounds, and writes tests/bench/results/<driver>.{json,md} (and the README's table).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStack, subgraphs, type Stack } from '@pamir/stack';
import { freePort } from '../kit/ports.js';
import { benchData, type BenchData, type Driver } from './databases.js';
import { drive, type Measurement } from './drive.js';
import { mix, operations, type BenchOperation } from './operations.js';
import { markdown, mean, machine, targetLabels, type BenchReport, type OperationResult, type TargetName } from './report.js';
import { startBare } from './targets/bare.js';
import { startGateway } from './targets/gateway.js';
import { startHive } from './targets/hive.js';
import type { Started } from '../kit/process.js';

// pnpm runs this in tests/: relative paths (--profile) mean what they meant where it was typed.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'postgres' },
    server: { type: 'string', default: process.env['PAMIR_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    events: { type: 'string', default: '100000' },
    agreements: { type: 'string', default: '10000' },
    projects: { type: 'string', default: '5000' },
    'small-events': { type: 'string', default: '1000' },
    targets: { type: 'string', default: 'pamir,pamir-cluster,pamir-cached,hive,hive-rust,subgraph,bare' },
    operations: { type: 'string', default: [...operations.map((op) => op.name), 'mix'].join(',') },
    readme: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});

const number = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${String(values[name])}`);
  return n;
};
if (values.driver !== 'postgres' && values.driver !== 'pglite') throw new Error(`--driver is postgres or pglite, not ${values.driver}`);
const driver: Driver = values.driver;
const settings = {
  driver,
  seconds: number('seconds'),
  rounds: Math.max(1, number('rounds')),
  connections: Math.max(1, number('connections')),
  events: number('events'),
  agreements: number('agreements'),
  projects: number('projects'),
};
const smallEvents = number('small-events');
const wanted = new Set(values.targets.split(',')) as Set<TargetName>;
for (const target of wanted) if (!(target in targetLabels)) throw new Error(`unknown target ${target}: ${Object.keys(targetLabels).join(', ')}`);
if (driver === 'pglite' && wanted.delete('bare')) console.log('the bare handler needs Postgres (PGlite allows one process per database): left out');

/** The operations asked for, the mix as one more. */
const selected: { name: string; title: string; operations: BenchOperation[] }[] = values.operations.split(',').map((name) => {
  if (name === 'mix') return { name, title: 'mix of the four, varied variables', operations: mix };
  const operation = operations.find((op) => op.name === name);
  if (!operation) throw new Error(`unknown operation ${name}: ${operations.map((op) => op.name).join(', ')}, mix`);
  return { name, title: operation.title, operations: [operation] };
});

const log = (line: string) => console.log(line);
const supergraph = await readFile(new URL('../../packages/supergraph/supergraph.graphql', import.meta.url), 'utf8');
const workDir = await mkdtemp(path.join(tmpdir(), 'pamir-bench-'));

/** Pamir's graph on the bench databases, its subgraphs' response cache on or off. */
async function startGraph(data: BenchData, cache: boolean): Promise<Stack> {
  const ports: Record<string, number> = { web: await freePort(), gateway: await freePort() };
  for (const name of subgraphs) ports[name] = await freePort();
  const output: string[] = [];
  return startStack({
    ports,
    env: {
      ...data.env,
      NODE_ENV: 'production',
      PAMIR_JWT_SECRET: randomBytes(32).toString('base64url'),
      // No gateway secret: the subgraphs answer Hive Gateway as they answer Pamir's.
      PAMIR_GATEWAY_SECRET: '',
      PAMIR_RESPONSE_CACHE_SECONDS: cache ? '300' : '0',
    },
    log: (name, line) => output.push(`[${name}] ${line}`),
    // --profile DIR: each process of the graph writes a CPU profile there when it stops.
    nodeArgs: (name) => (values.profile && !cache ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile, name)}`] : []),
  }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n${output.slice(-30).join('\n')}`);
  });
}

/** The graph and every target on one set of databases; caches off, except the one target that measures them. */
async function startTargets(data: BenchData, names: ReadonlySet<TargetName>) {
  const stack = await startGraph(data, false);
  const cached = names.has('pamir-cached') ? await startGraph(data, true) : undefined;
  const started: Started[] = [];
  const hive = names.has('hive') ? await startHive({ supergraph, subgraphUrls: stack.urls, workDir, rust: false }) : undefined;
  const hiveRust = names.has('hive-rust') ? await startHive({ supergraph, subgraphUrls: stack.urls, workDir, rust: true }) : undefined;
  const bare = names.has('bare') ? await startBare(data.env) : undefined;
  const workers = names.has('pamir-cluster') ? await startGateway(stack.urls, 2) : undefined;
  started.push(...[hive, hiveRust, bare, workers].filter((one) => one !== undefined));
  const subgraphCounters = subgraphs.map((name) => `http://127.0.0.1:${stack.ports[name]}/metrics`);
  /** Where a target serves an operation, or undefined when it does not. */
  const endpoint = (target: TargetName, ops: readonly BenchOperation[]) => {
    const only = ops.length === 1 ? ops[0] : undefined;
    switch (target) {
      case 'pamir':
        return { url: stack.urls.gateway, pid: stack.pid('gateway'), counters: subgraphCounters };
      case 'pamir-cluster':
        return workers && { url: workers.url, pid: workers.pid, counters: subgraphCounters };
      case 'pamir-cached':
        return cached && { url: cached.urls.gateway, pid: cached.pid('gateway'), counters: subgraphs.map((name) => `http://127.0.0.1:${cached.ports[name]}/metrics`) };
      case 'hive':
        return hive && { url: hive.url, pid: hive.pid, counters: subgraphCounters };
      case 'hive-rust':
        return hiveRust && { url: hiveRust.url, pid: hiveRust.pid, counters: subgraphCounters };
      case 'subgraph':
        return only?.subgraph ? { url: stack.urls[only.subgraph]!, pid: stack.pid(only.subgraph), counters: subgraphCounters } : undefined;
      case 'bare':
        return bare && only?.bare ? { url: bare.url, pid: bare.pid, counters: [bare.url.replace('/graphql', '/metrics')] } : undefined;
    }
  };
  return {
    endpoint,
    async stop() {
      for (const one of started) await one.stop();
      await cached?.stop();
      await stack.stop();
    },
  };
}

/** Every selected operation against every target that serves it: a warm-up, then alternating rounds. */
async function measure(
  targets: Awaited<ReturnType<typeof startTargets>>,
  data: BenchData,
  names: readonly TargetName[],
  ops: typeof selected,
): Promise<OperationResult[]> {
  const results: OperationResult[] = [];
  for (const op of ops) {
    const serving = names.filter((name) => targets.endpoint(name, op.operations));
    const result: OperationResult = { name: op.name, title: op.title, rounds: {} };
    const run = (name: TargetName, seconds: number, round: number): Promise<Measurement> => {
      const at = targets.endpoint(name, op.operations)!;
      return drive({
        url: at.url,
        pid: at.pid,
        statementCounters: at.counters,
        operations: op.operations,
        pool: data.pool,
        seconds,
        connections: settings.connections,
        seed: `${op.name}:${round}`,
      });
    };
    for (const name of serving) await run(name, Math.min(3, settings.seconds), 0);
    for (let round = 1; round <= settings.rounds; round++) {
      // Alternate who goes first, so that no target always meets a warmer (or hotter) machine.
      const order = round % 2 ? serving : [...serving].reverse();
      for (const name of order) {
        const m = await run(name, settings.seconds, round);
        (result.rounds[name] ??= []).push(m);
        log(
          `${op.name.padEnd(14)} ${name.padEnd(10)} round ${round}: ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s, ` +
            `p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.statementsPerRequest?.toFixed(1) ?? '—'} SQL/req, ${m.rssMiB ?? '—'} MiB` +
            (m.failed ? `, ${m.failed} FAILED (${m.failure ?? ''})` : ''),
        );
      }
    }
    results.push(result);
  }
  return results;
}

const order = (Object.keys(targetLabels) as TargetName[]).filter((name) => wanted.has(name));
const report: BenchReport = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', machine: machine(), settings, operations: [], scale: [] };
try {
  const data = await benchData(driver, settings, values.server, log);
  const targets = await startTargets(data, wanted);
  try {
    report.operations = await measure(targets, data, order, selected);
  } finally {
    await targets.stop();
  }
  // The same lists at a small size, through Pamir's gateway: latency should not grow with the rows.
  const sized = selected.filter((op) => ['filtered-list', 'fan-out'].includes(op.name));
  if (smallEvents > 0 && smallEvents < settings.events && sized.length && wanted.has('pamir')) {
    const small = { events: smallEvents, agreements: Math.ceil(smallEvents / 10), projects: Math.ceil(smallEvents / 20) };
    const smallData = await benchData(driver, small, values.server, log);
    const smallTargets = await startTargets(smallData, new Set());
    try {
      const results = await measure(smallTargets, smallData, ['pamir'], sized);
      for (const result of results) {
        const large = report.operations.find((op) => op.name === result.name)!.rounds.pamir!;
        const figures = (rounds: Measurement[], events: number) => ({
          events,
          p50: mean(rounds, (m) => m.p50)!,
          p99: mean(rounds, (m) => m.p99)!,
          requestsPerSecond: mean(rounds, (m) => m.requestsPerSecond)!,
        });
        report.scale.push({ operation: result.name, small: figures(result.rounds.pamir!, small.events), large: figures(large, settings.events) });
      }
    } finally {
      await smallTargets.stop();
    }
  }
  const text = markdown(report);
  const results = new URL('./results/', import.meta.url);
  await writeFile(new URL(`${driver}.json`, results), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(new URL(`${driver}.md`, results), text);
  console.log(`\n${text}\nwritten to tests/bench/results/${driver}.{md,json}`);
  if (values.profile) console.log(`CPU profiles in ${values.profile}/<process>/; summarise one with: node tests/bench/profile.mjs FILE`);
  if (values.readme) {
    const readme = new URL('../../README.md', import.meta.url);
    const current = await readFile(readme, 'utf8');
    const block = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (!block.test(current)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
    await writeFile(readme, current.replace(block, `<!-- bench:start -->\n${text}<!-- bench:end -->`));
    console.log('and to the README');
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
