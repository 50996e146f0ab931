import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { Random } from './synthetic/generate.js';
import type { BenchOperation, VariablePool } from './operations.js';

// One measured run: a fixed number of connections sending the operations (in turn, each request
// with fresh variables) for a fixed time, while the serving process's memory is sampled and the
// subgraphs' SQL statement counters are read before and after.

export interface Measurement {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses that were not HTTP 200, or carried GraphQL errors. */
  failed: number;
  /** A sample failure, to see why. */
  failure?: string;
  /** SQL statements the databases received per request (every subgraph's counter). */
  statementsPerRequest: number | null;
  /** The largest resident memory the serving process reached, in MiB. */
  rssMiB: number | null;
}

export interface DriveOptions {
  url: string;
  operations: readonly BenchOperation[];
  pool: VariablePool;
  seconds: number;
  connections: number;
  /** The process serving the requests, whose memory is sampled. */
  pid?: number | undefined;
  /** `/metrics` addresses counting SQL statements (`pamir_sql_statements_total`). */
  statementCounters: readonly string[];
  seed: string;
}

export async function drive(options: DriveOptions): Promise<Measurement> {
  const random = new Random(options.seed);
  let failed = 0;
  let failure: string | undefined;
  const before = await statements(options.statementCounters);
  let rss = 0;
  const sampler = options.pid === undefined ? undefined : setInterval(() => void residentMiB(options.pid!).then((mib) => (rss = Math.max(rss, mib))), 250);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: options.operations.map((operation) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        body: JSON.stringify({ query: operation.query, variables: operation.variables(random, options.pool) }),
      }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && !body.includes('"errors"')) return;
        failed++;
        failure ??= `${operation.name}: HTTP ${status} ${body.slice(0, 300)}`;
      },
    })),
  });
  if (sampler) clearInterval(sampler);
  const after = await statements(options.statementCounters);
  const requests = result.requests.total;
  return {
    requests,
    requestsPerSecond: requests / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: failed + result.errors + result.timeouts,
    ...(failure ? { failure } : {}),
    statementsPerRequest: before === null || after === null || requests === 0 ? null : (after - before) / requests,
    rssMiB: options.pid === undefined ? null : Math.round(rss),
  };
}

/** The sum of the counters, or null when one cannot be read. */
async function statements(urls: readonly string[]): Promise<number | null> {
  if (!urls.length) return null;
  let sum = 0;
  for (const url of urls) {
    const text = await fetch(url).then(
      (response) => response.text(),
      () => '',
    );
    const match = /^pamir_sql_statements_total(?:\{[^}]*\})? (\d+(?:\.\d+)?)/m.exec(text);
    if (!match) return null;
    sum += Number(match[1]);
  }
  return sum;
}

/** The resident memory of a process and its children (a gateway's workers), in MiB. */
async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  let total = kib ? Number(kib) / 1024 : 0;
  for (const child of children.split(' ').filter(Boolean)) total += await residentMiB(Number(child));
  return total;
}
