import { afterEach, describe, expect, it } from 'vitest';
import { startGraph } from './support/graph.js';

const query = '{ countries(first: 2) { nodes { code name events(first: 1) { nodes { title } } } } }';
const fullData = {
  countries: {
    nodes: [
      { code: 'TJK', name: 'name of TJK', events: { nodes: [{ title: 'event 1 in TJK' }] } },
      { code: 'AFG', name: 'name of AFG', events: { nodes: [{ title: 'event 1 in AFG' }] } },
    ],
  },
};
const partialData = {
  countries: {
    nodes: [
      { code: 'TJK', name: 'name of TJK', events: null },
      { code: 'AFG', name: 'name of AFG', events: null },
    ],
  },
};

describe('a subgraph that fails costs only its own fields', () => {
  let graph: Awaited<ReturnType<typeof startGraph>> | undefined;
  afterEach(async () => {
    await graph?.close();
    graph = undefined;
  });

  const unavailable = (reason: string) =>
    ['TJK', 'AFG'].map((_code, index) => ({
      message: `the events subgraph is unavailable (${reason}); the fields it serves are missing`,
      path: ['countries', 'nodes', index, 'events'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'events', reason },
    }));

  it('serves full data when every subgraph answers', async () => {
    graph = await startGraph();
    const answer = await graph.post({ query });
    expect(answer).toEqual({ status: 200, body: { data: fullData } });
  });

  it('a subgraph that hangs: its fields are null once its timeout passes, the rest arrives', async () => {
    graph = await startGraph({ timeoutsMs: { events: 300 } });
    await graph.events.set('hang');
    const answer = await graph.post({ query });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual(partialData);
    expect(answer.body.errors).toEqual(unavailable('timeout'));
  });

  it('a subgraph that refuses connections: retried, then reported unreachable', async () => {
    graph = await startGraph({ retries: 2, backoff: { baseMs: 1, maxMs: 5 } });
    await graph.events.set('refuse');
    const answer = await graph.post({ query });
    expect(answer.body.data).toEqual(partialData);
    expect(answer.body.errors).toEqual(unavailable('unreachable'));
    expect(await graph.metrics()).toMatch(/^pamir_subgraph_retries_total\{subgraph="events"\} 2$/m);
  });

  it('a 503 is retried for a query and reported with its status', async () => {
    graph = await startGraph({ retries: 2, backoff: { baseMs: 1, maxMs: 5 } });
    await graph.events.set('503');
    const before = graph.events.reached;
    const answer = await graph.post({ query });
    expect(graph.events.reached - before).toBe(3);
    expect(answer.body.errors).toEqual(unavailable('HTTP 503'));
  });

  it('a mutation is never retried', async () => {
    graph = await startGraph({ retries: 2, backoff: { baseMs: 1, maxMs: 5 } });
    await graph.events.set('503');
    const before = graph.events.reached;
    const answer = await graph.post({ query: 'mutation { addEvent(title: "x") { id } }' });
    expect(graph.events.reached - before).toBe(1);
    expect(answer.body).toEqual({
      data: { addEvent: null },
      errors: [
        {
          message: 'the events subgraph is unavailable (HTTP 503); the fields it serves are missing',
          path: ['addEvent'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'events', reason: 'HTTP 503' },
        },
      ],
    });
  });

  it('the circuit opens after repeated failures, fails fast, and closes when the subgraph is back', async () => {
    let now = 0;
    graph = await startGraph({ retries: 0, circuit: { failures: 2, openMs: 10_000 }, now: () => now });
    await graph.events.set('503');
    await graph.post({ query });
    await graph.post({ query });
    expect(await graph.metrics()).toMatch(/^pamir_subgraph_circuit_open\{subgraph="events"\} 1$/m);

    // Open: the subgraph is not called at all.
    await graph.events.set('pass');
    const before = graph.events.reached;
    const failedFast = await graph.post({ query });
    expect(graph.events.reached).toBe(before);
    expect(failedFast.body.errors).toEqual(unavailable('circuit open'));
    expect(failedFast.body.data).toEqual(partialData);

    // After the pause one trial goes through; it succeeds, so the circuit closes: no restart needed.
    now += 10_000;
    const recovered = await graph.post({ query });
    expect(recovered).toEqual({ status: 200, body: { data: fullData } });
    expect(await graph.metrics()).toMatch(/^pamir_subgraph_circuit_open\{subgraph="events"\} 0$/m);
  });

  it('a failed trial with retries on opens the circuit again, and the next trial still goes through', async () => {
    let now = 0;
    graph = await startGraph({ retries: 2, backoff: { baseMs: 1, maxMs: 1 }, circuit: { failures: 1, openMs: 10_000 }, now: () => now });
    await graph.events.set('503');
    await graph.post({ query });
    // The trial fails (the subgraph is restarting, say): not retried, the circuit opens for another pause.
    now += 10_000;
    await graph.post({ query });
    expect(await graph.metrics()).toMatch(/^pamir_subgraph_circuit_open\{subgraph="events"\} 1$/m);
    // Back: the next trial reaches it and closes the circuit (a trial left held would refuse it forever).
    await graph.events.set('pass');
    now += 10_000;
    expect(await graph.post({ query })).toEqual({ status: 200, body: { data: fullData } });
  });

  it("a subgraph's own failure keeps its serviceName and path, and leaks nothing internal", async () => {
    graph = await startGraph();
    const answer = await graph.post({ query: '{ failing countries(first: 1) { totalCount } }' });
    expect(answer.body.data).toEqual({ failing: null, countries: { totalCount: 3 } });
    expect(answer.body.errors).toEqual([
      { message: 'Internal server error', path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'events' } },
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/relation|SELECT|\/srv|store\.ts|stack/);
  });
});
