import { afterEach, describe, expect, it, vi } from 'vitest';
import { subgraphFetcher } from '../src/fetcher.js';
import { isQueryBody, mergeKey } from '../src/subgraphs/inflight.js';
import { startHeldGraph } from './support/held.js';

type Graph = Awaited<ReturnType<typeof startHeldGraph>>;

const noteQuery = 'query Note($id: ID!) { note(id: $id) { id text viewer tags } }';
const noteOf = (id: string, viewer: string) => ({ id, text: `note ${id} of ${viewer}`, viewer, tags: ['a', 'b'] });

/** Waits, without a timer of its own, until `count` subgraph requests are sent or merged. */
async function untilAccounted(graph: Graph, count: number) {
  await vi.waitFor(async () => expect(await graph.accounted()).toBe(count), { timeout: 20_000, interval: 5 });
}

describe('identical subgraph queries in flight are merged, and only those', () => {
  let graph: Graph | undefined;
  afterEach(async () => {
    await graph?.close();
    graph = undefined;
  });

  it('50 concurrent identical queries cost the subgraph one request, and each caller gets the answer', async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    const answers = Array.from({ length: 50 }, () =>
      graph!.post({ query: noteQuery, variables: { id: '1' } }, { authorization: 'Bearer alice' }),
    );
    await untilAccounted(graph, 50);
    graph.gate.release();
    for (const answer of await Promise.all(answers)) {
      expect(answer).toEqual({ status: 200, body: { data: { note: noteOf('1', 'Bearer alice') } } });
    }
    // Each client request had its own request id; merging does not depend on it.
    expect(graph.arrived).toHaveLength(1);
    expect(await graph.merged()).toBe(49);
  });

  it('with PAMIR_DEDUPE_INFLIGHT=false each query is sent on its own', async () => {
    graph = await startHeldGraph({ dedupeInFlight: false });
    graph.gate.hold();
    const answers = Array.from({ length: 50 }, () => graph!.post({ query: noteQuery, variables: { id: '1' } }));
    await untilAccounted(graph, 50);
    graph.gate.release();
    for (const answer of await Promise.all(answers)) expect(answer.body).toEqual({ data: { note: noteOf('1', 'anonymous') } });
    expect(graph.arrived).toHaveLength(50);
    expect(new Set(graph.arrived.map(({ requestId }) => requestId)).size).toBe(50);
    expect(await graph.merged()).toBe(0);
  });

  it('requests that differ only in Authorization are not merged: each caller sees only its own data', async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    const callers = ['Bearer alice', 'Bearer bob', undefined];
    const answers = callers.map((authorization) =>
      graph!.post({ query: noteQuery, variables: { id: '1' } }, authorization ? { authorization } : {}),
    );
    await untilAccounted(graph, 3);
    graph.gate.release();
    const [alice, bob, anonymous] = await Promise.all(answers);
    expect(alice!.body).toEqual({ data: { note: noteOf('1', 'Bearer alice') } });
    expect(bob!.body).toEqual({ data: { note: noteOf('1', 'Bearer bob') } });
    expect(anonymous!.body).toEqual({ data: { note: noteOf('1', 'anonymous') } });
    expect(JSON.stringify(alice!.body)).not.toMatch(/bob|anonymous/);
    expect(JSON.stringify(bob!.body)).not.toMatch(/alice|anonymous/);
    expect(graph.arrived.map(({ authorization }) => authorization).sort()).toEqual(['Bearer alice', 'Bearer bob', undefined]);
    expect(await graph.merged()).toBe(0);
  });

  it('requests that differ only in variables are not merged', async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    const answers = ['1', '2'].map((id) => graph!.post({ query: noteQuery, variables: { id } }, { authorization: 'Bearer alice' }));
    await untilAccounted(graph, 2);
    graph.gate.release();
    const [one, two] = await Promise.all(answers);
    expect(one!.body).toEqual({ data: { note: noteOf('1', 'Bearer alice') } });
    expect(two!.body).toEqual({ data: { note: noteOf('2', 'Bearer alice') } });
    expect(graph.arrived).toHaveLength(2);
    expect(await graph.merged()).toBe(0);
  });

  it('a mutation is never merged: two identical ones run twice', async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    const mutation = 'mutation { touch(id: "1") { text } }';
    const answers = [1, 2].map(() => graph!.post({ query: mutation }, { authorization: 'Bearer alice' }));
    await untilAccounted(graph, 2);
    graph.gate.release();
    const texts = (await Promise.all(answers)).map((answer) => (answer.body.data?.['touch'] as { text: string }).text);
    expect(texts.sort()).toEqual(['touched 1 times', 'touched 2 times']);
    expect(graph.touched.count).toBe(2);
    expect(graph.arrived).toHaveLength(2);
    expect(await graph.merged()).toBe(0);
  });

  it("a subgraph's error reaches every merged caller", async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    const answers = Array.from({ length: 5 }, () => graph!.post({ query: noteQuery, variables: { id: 'missing' } }));
    await untilAccounted(graph, 5);
    graph.gate.release();
    for (const answer of await Promise.all(answers)) {
      expect(answer.body).toEqual({
        data: { note: null },
        errors: [{ message: 'no note missing', path: ['note'], extensions: { code: 'NOT_FOUND', serviceName: 'notes' } }],
      });
    }
    expect(graph.arrived).toHaveLength(1);
    expect(await graph.merged()).toBe(4);
  });

  it('a merged request that times out fails every caller with SUBGRAPH_UNAVAILABLE, as one request would', async () => {
    graph = await startHeldGraph({ timeoutsMs: { notes: 1_500 } });
    graph.gate.hold(); // never released: the shared request times out
    const answers = await Promise.all(Array.from({ length: 3 }, () => graph!.post({ query: noteQuery, variables: { id: '1' } })));
    for (const answer of answers) {
      expect(answer.body).toEqual({
        data: { note: null },
        errors: [
          {
            message: 'the notes subgraph is unavailable (timeout); the fields it serves are missing',
            path: ['note'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'notes', reason: 'timeout' },
          },
        ],
      });
    }
    expect(graph.arrived).toHaveLength(1);
    expect(await graph.merged()).toBe(2);
    expect(await graph.metrics()).toMatch(/^pamir_subgraph_failures_total\{subgraph="notes",reason="timeout"\} 3$/m);
  });

  it("one client's plan writing into its subgraph result does not reach another's sharing the same request", async () => {
    graph = await startHeldGraph();
    graph.gate.hold();
    // Both plans start with the same request to notes; only the second then adds each country's
    // name from places into the objects that request returned.
    const plain = graph.post({ query: '{ notes { id country { __typename code } } }' });
    const joined = graph.post({ query: '{ notes { id country { __typename code name } } }' });
    await untilAccounted(graph, 2);
    graph.gate.release();
    const country = { __typename: 'Country', code: 'TJK' };
    expect((await plain).body).toEqual({ data: { notes: [{ id: '1', country }, { id: '2', country }] } });
    const named = { ...country, name: 'name of TJK' };
    expect((await joined).body).toEqual({ data: { notes: [{ id: '1', country: named }, { id: '2', country: named }] } });
    expect(graph.arrived).toHaveLength(1);
    expect(await graph.merged()).toBe(1);
  });

  it('a caller changing the result it was given does not change what another caller reads', async () => {
    graph = await startHeldGraph();
    const fetcher = subgraphFetcher({ timeoutMs: 5_000, mergeInFlight: true });
    try {
      graph.gate.hold();
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ note(id: "1") { id tags } }' }),
      };
      const first = fetcher(graph.notesUrl, init);
      const second = fetcher(graph.notesUrl, init);
      await vi.waitFor(() => expect(graph!.arrived).toHaveLength(1), { timeout: 20_000, interval: 5 });
      graph.gate.release();
      const mine = (await (await first).json()) as { data: { note: { id: string; tags: string[] } } };
      mine.data.note.tags.push('changed');
      mine.data.note.id = 'changed';
      const theirs = (await (await second).json()) as typeof mine;
      expect(theirs).toEqual({ data: { note: { id: '1', tags: ['a', 'b'] } } });
      expect(graph.arrived).toHaveLength(1);
    } finally {
      await fetcher.close();
    }
  });
});

describe('what makes two subgraph requests the same', () => {
  const body = JSON.stringify({ query: 'query Q__notes__0($id:ID!){note(id:$id){id}}', variables: { id: '1' } });
  const init = (headers: Record<string, string>, over: object = {}) => ({ method: 'POST', headers, body, ...over });
  const base = { 'content-type': 'application/json', authorization: 'Bearer alice' };

  it('the request id is left out, header order does not matter, Authorization does', () => {
    const key = mergeKey('http://notes/graphql', init({ ...base, 'x-request-id': 'one' }));
    expect(key).toBeDefined();
    expect(mergeKey('http://notes/graphql', init({ 'x-request-id': 'two', authorization: 'Bearer alice', 'content-type': 'application/json' }))).toBe(key);
    expect(mergeKey('http://notes/graphql', init({ ...base, authorization: 'Bearer bob' }))).not.toBe(key);
    expect(mergeKey('http://notes/graphql', init({ 'content-type': 'application/json' }))).not.toBe(key);
    expect(mergeKey('http://notes/graphql', init({ ...base, 'x-pamir-gateway-secret': 's' }))).not.toBe(key);
    expect(mergeKey('http://other/graphql', init(base))).not.toBe(key);
    expect(mergeKey('http://notes/graphql', init(base, { body: body.replace('"1"', '"2"') }))).not.toBe(key);
  });

  it('a request with its own abort signal, or a body that is not text, is sent on its own', () => {
    expect(mergeKey('http://notes/graphql', init(base, { signal: new AbortController().signal }))).toBeUndefined();
    expect(mergeKey('http://notes/graphql', init(base, { body: Buffer.from(body) }))).toBeUndefined();
  });

  it('only a body that is certainly a query is merged', () => {
    const of = (query: string, rest: object = {}) => JSON.stringify({ query, ...rest });
    expect(isQueryBody(of('{note(id:"1"){id}}'))).toBe(true);
    expect(isQueryBody(of('query($representations:[_Any!]!){_entities(representations:$representations){...on Note{id}}}'))).toBe(true);
    expect(isQueryBody(of('\n  query Named { note(id: "1") { id } }'))).toBe(true);
    expect(isQueryBody(of('mutation{touch(id:"1"){id}}'))).toBe(false);
    expect(isQueryBody(of('mutation Touch__notes__0{touch(id:"1"){id}}'))).toBe(false);
    expect(isQueryBody(of('subscription{noteAdded{id}}'))).toBe(false);
    // A second operation that is a mutation, wherever it is.
    expect(isQueryBody(of('query A{note(id:"1"){id}} mutation B{touch(id:"1"){id}}', { operationName: 'B' }))).toBe(false);
    expect(isQueryBody(of('queryX{a}'))).toBe(false);
    expect(isQueryBody(of('fragment F on Note{id} query{note(id:"1"){...F}}'))).toBe(false);
    // An automatic persisted query's first try carries only the hash.
    expect(isQueryBody(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }))).toBe(false);
  });
});
