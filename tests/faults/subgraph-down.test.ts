import { createClient, eventsReport, formatReport } from '@pamir/example-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../kit/eventually.js';
import { keepQuerying } from '../kit/load.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

interface Tajikistan {
  country: { name: string; securityEvents: { totalCount: number } | null; energyProjects: { totalCount: number } | null } | null;
}
const query = `{ country(code: "TJK") { name securityEvents { totalCount } energyProjects { totalCount } } }`;

const servedBy = (service: string) => (error: { extensions?: Record<string, unknown> }) => error.extensions?.['serviceName'] === service;

// A subgraph that dies or hangs costs its own fields, not the answer: the rest arrives with an
// error naming the subgraph, and when it is back the next request gets everything, no restart.
describe('a subgraph failing under load', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { env: { PAMIR_SUBGRAPH_TIMEOUT_MS: '3000' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('killed mid-load: partial data while it is down, full data once it is back', async () => {
    const load = keepQuerying<Tajikistan>(stack, query);
    await eventually(() => (load.results.length >= 20 ? true : undefined));
    await stack.killProcess('energy');

    const partial = await eventually(async () => {
      const result = await stack.query<Tajikistan>(query);
      return result.errors?.some(servedBy('energy')) ? result : undefined;
    });
    expect(partial.data?.country?.name).toBe('Tajikistan');
    expect(partial.data?.country?.securityEvents?.totalCount).toBeGreaterThan(0);
    expect(partial.data?.country?.energyProjects).toBeNull();
    expect(partial.errors?.find(servedBy('energy'))).toMatchObject({
      path: ['country', 'energyProjects'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'energy' },
    });

    await stack.startProcess('energy');
    const whole = await eventually(async () => {
      const result = await stack.query<Tajikistan>(query);
      return result.errors ? undefined : result;
    });
    expect(whole.data?.country?.energyProjects?.totalCount).toBeGreaterThan(0);

    // Through the whole run, every answer carried the other subgraphs' data.
    const results = await load.stop();
    expect(results.filter((result) => result.data?.country?.name !== 'Tajikistan')).toEqual([]);
  });

  it('hanging: the gateway stops waiting after its timeout and answers with the rest', async () => {
    const pid = stack.pid('energy')!;
    process.kill(pid, 'SIGSTOP');
    try {
      const partial = await stack.query<Tajikistan>(query);
      expect(partial.data?.country?.name).toBe('Tajikistan');
      expect(partial.data?.country?.energyProjects).toBeNull();
      expect(partial.errors?.find(servedBy('energy'))?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'timeout' });
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await eventually(async () => ((await stack.query<Tajikistan>(query)).errors ? undefined : true));
  });

  it("the front-end guide's example client still reports, naming the part that did not come", async () => {
    // Reference answers the country's name; the events' pages are security's alone.
    const reference = stack.pid('reference')!;
    process.kill(reference, 'SIGSTOP');
    try {
      const report = await eventsReport(createClient({ gateway: stack.urls.gateway }), 'TJK', 50);
      expect(report.country).toEqual({ code: 'TJK', name: null });
      expect(report.totalCount).toBeGreaterThan(0);
      expect(report.missing.find((part) => part.part === 'reference')?.error.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'reference',
      });
      expect(formatReport(report)).toMatch(/^TJK \(name not loaded\): \d+ security events[\s\S]*not loaded: reference \(SUBGRAPH_UNAVAILABLE/);
    } finally {
      process.kill(reference, 'SIGCONT');
    }
    await eventually(async () => ((await stack.query<Tajikistan>(query)).errors ? undefined : true));
  });

  it('stopped with SIGTERM, the gateway finishes the requests it holds before it exits 0', async () => {
    // Requests that need the reference subgraph wait while it is paused: they are in flight.
    const reference = stack.pid('reference')!;
    process.kill(reference, 'SIGSTOP');
    let held: Promise<{ data?: Tajikistan | null; errors?: unknown[] }[]>;
    try {
      held = Promise.all(Array.from({ length: 10 }, () => stack.query<Tajikistan>(query)));
      await eventually(async () => ((await stack.metric('gateway', 'pamir_http_requests_in_flight')) >= 11 ? true : undefined));
      const ended = stack.stopProcess('gateway');
      // Draining: the gateway takes no new connection.
      await eventually(() => fetch(`http://127.0.0.1:${stack.ports.gateway}/health`).then(() => undefined, () => true));
      process.kill(reference, 'SIGCONT');
      const answers = await held;
      expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
      expect(answers.every((answer) => answer.data?.country?.name === 'Tajikistan')).toBe(true);
      expect(await ended).toEqual({ code: 0, signal: null });
    } finally {
      process.kill(reference, 'SIGCONT');
    }
    await stack.startProcess('gateway');
  });
});
