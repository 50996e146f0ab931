import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph } from './support/graph.js';

/** Fragments F0 … Fn on Country, each spreading the one before it twice. */
const doubling = (n: number) =>
  ['fragment F0 on Country { name }', ...Array.from({ length: n }, (_, i) => `fragment F${i + 1} on Country { ...F${i} ...F${i} }`)].join(' ');

const limits = { maxDepth: 4, maxAliases: 2, maxRootFields: 2, maxTokens: 700, maxDirectives: 2, maxFields: 40 };

describe('operation limits: refused before any subgraph is called, naming the limit and the value found', () => {
  let graph: Awaited<ReturnType<typeof startGraph>>;
  beforeAll(async () => {
    graph = await startGraph({ limits });
  });
  afterAll(() => graph.close());

  const refused = async (query: string) => {
    const before = graph.events.reached;
    const answer = await graph.post({ query });
    expect(graph.events.reached).toBe(before);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    return answer.body.errors?.[0];
  };

  it('serves an operation within every limit', async () => {
    const answer = await graph.post({ query: '{ country(code: "TJK") { name events(first: 1) { nodes { title } } } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ country: { name: 'name of TJK', events: { nodes: [{ title: 'event 1 in TJK' }] } } });
  });

  it('QUERY_TOO_DEEP', async () => {
    const error = await refused('{ countries { nodes { events { nodes { title } } } } }');
    expect(error).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP', limit: 4, found: 5 } });
    expect(error?.message).toBe('Query depth limit of 4 exceeded, found 5.');
  });

  it('counts depth through fragments as the answer nests, not per fragment', async () => {
    const answer = await graph.post({
      query: '{ countries { ...Page } } fragment Page on CountryConnection { nodes { ...Names } } fragment Names on Country { name }',
    });
    expect(answer.status).toBe(200);
  });

  it('TOO_MANY_ALIASES', async () => {
    const error = await refused('{ a: country(code: "TJK") { name } b: country(code: "AFG") { n: name } }');
    expect(error).toMatchObject({ extensions: { code: 'TOO_MANY_ALIASES', limit: 2, found: 3 } });
    expect(error?.message).toBe('Aliases limit of 2 exceeded, found 3.');
  });

  it('TOO_MANY_ROOT_FIELDS, fragments included', async () => {
    const error = await refused('{ countries { totalCount } ...More } fragment More on Query { country(code: "TJK") { name } event(id: "x") { id } }');
    expect(error).toMatchObject({ extensions: { code: 'TOO_MANY_ROOT_FIELDS', limit: 2, found: 3 } });
    expect(error?.message).toBe('Root fields limit of 2 exceeded, found 3.');
  });

  it('TOO_MANY_TOKENS, before the document is parsed', async () => {
    const fields = Array.from({ length: 700 }, () => 'name').join(' ');
    const error = await refused(`{ country(code: "TJK") { ${fields} } }`);
    expect(error).toMatchObject({ extensions: { code: 'TOO_MANY_TOKENS', limit: 700, found: 710 } });
    expect(error?.message).toBe('Token limit of 700 exceeded, found 710.');
  });

  it('TOO_MANY_DIRECTIVES', async () => {
    const error = await refused('{ country(code: "TJK") { name @include(if: true) @skip(if: false) code @include(if: true) } }');
    expect(error).toMatchObject({ extensions: { code: 'TOO_MANY_DIRECTIVES', limit: 2, found: 3 } });
  });

  it('TOO_MANY_FIELDS, counted with fragments written out, and fast for fragments that double', async () => {
    const small = await refused(`{ country(code: "TJK") { ...F3 } } ${doubling(3)} fragment Wide on Country { ${'name '.repeat(6)}}`.replace('fragment F0 on Country { name }', 'fragment F0 on Country { ...Wide }'));
    expect(small).toMatchObject({ extensions: { code: 'TOO_MANY_FIELDS', limit: 40, found: 49 } });
    // 2^60 fields once expanded: refused from the fragments' sizes, each worked out once.
    const bomb = await refused(`{ country(code: "TJK") { ...F60 } } ${doubling(60)}`);
    expect(bomb?.extensions?.['code']).toBe('TOO_MANY_FIELDS');
  });

  it('FRAGMENT_CYCLE', async () => {
    const error = await refused('{ countries { nodes { ...A } } } fragment A on Country { ...B } fragment B on Country { ...A }');
    expect(error?.extensions?.['code']).toBe('FRAGMENT_CYCLE');
  });

  it('counts each refusal in /metrics by its code', async () => {
    const metrics = await graph.metrics();
    expect(metrics).toMatch(/^pamir_operations_refused_total\{code="QUERY_TOO_DEEP"\} [1-9]/m);
    expect(metrics).toMatch(/^pamir_operations_refused_total\{code="TOO_MANY_TOKENS"\} [1-9]/m);
    expect(metrics).toMatch(/^pamir_operations_refused_total\{code="FRAGMENT_CYCLE"\} [1-9]/m);
  });

  it('still takes the IDE introspection query (the schema is public)', async () => {
    const answer = await graph.post({ query: '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});
