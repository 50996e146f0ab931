import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { sharedGraph } from '../kit/shared.js';

const seconds = Number(process.env['PAMIR_LOAD_SECONDS'] ?? 60);
const connections = 8;
/**
 * How much the gateway's resident memory may grow over the run, after a warm-up. V8 lets the heap
 * swing by some 100 MiB between collections under this load (seen: 57 to 140 MiB used, round to
 * round, with no trend) and resident memory grow by up to 140 MiB; a leak of 32 KB a request
 * (some 8,000 requests a minute here) would pass this bound within the minute.
 */
const memoryBoundBytes = 256 * 1024 * 1024;

// The analysts' example queries, which include the contract's: the mix a busy graph serves.
const folder = new URL('../../apps/web/queries/', import.meta.url);
const operations = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => ({ file, query: readFileSync(new URL(file, folder), 'utf8') }));

// A bounded run at fixed concurrency through the gateway: every request must succeed, with no
// GraphQL error in any body, and the gateway's memory must settle. Pass or fail on errors and
// memory, never on speed (the benchmarks measure speed).
describe('sustained load through the gateway', () => {
  const graph = sharedGraph('pglite');

  it(`serves ${seconds} s of the example queries at ${connections} connections with no failure`, { timeout: (seconds + 120) * 1000 }, async () => {
    const fire = (duration: number) => {
      const failures: string[] = [];
      const run = autocannon({
        url: graph.address.urls.gateway,
        connections,
        duration,
        requests: operations.map(({ file, query }) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
          onResponse: (status: number, body: string) => {
            if (status !== 200 || body.includes('"errors"')) failures.push(`${file}: ${status} ${body.slice(0, 200)}`);
          },
        })),
      });
      return { run, failures };
    };

    const warmUp = fire(5);
    await warmUp.run;
    const before = await graph.metric('gateway', 'process_resident_memory_bytes');
    const { run, failures } = fire(seconds);
    const result = await run;
    const after = await graph.metric('gateway', 'process_resident_memory_bytes');

    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `${result.requests.total} requests in ${seconds} s (${result.requests.average} req/s), ${result.non2xx} non-2xx, ` +
        `${result.errors} socket errors, ${failures.length} bodies with errors; gateway memory ${mib(before)} → ${mib(after)} MiB`,
    );
    expect(result.requests.total).toBeGreaterThan(0);
    expect(result.errors + result.timeouts + result.non2xx).toBe(0);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(after - before).toBeLessThan(memoryBoundBytes);
  });
});
