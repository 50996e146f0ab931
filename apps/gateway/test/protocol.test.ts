import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph } from './support/graph.js';

describe('requests the gateway cannot serve get a coded 4xx, never a 500', () => {
  let graph: Awaited<ReturnType<typeof startGraph>>;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.close());

  it('a subscription: 400 SUBSCRIPTIONS_NOT_SUPPORTED', async () => {
    const answer = await graph.post({ query: 'subscription { countries { totalCount } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'SUBSCRIPTIONS_NOT_SUPPORTED' });
  });

  it('a mutation in a GET: 405 BAD_REQUEST', async () => {
    const query = encodeURIComponent('mutation { addEvent(title: "x") { id } }');
    const answer = await graph.raw({ path: `/graphql?query=${query}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(405);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('a batch (an array of operations): 400 BAD_REQUEST', async () => {
    const answer = await graph.post([{ query: '{ countries { totalCount } }' }, { query: '{ countries { totalCount } }' }]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a body that is not JSON, or not declared as JSON: 400 BAD_REQUEST', async () => {
    const notJson = await graph.post('{ countries { totalCount } }');
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    const text = await graph.raw({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ countries { totalCount } }"}' });
    expect(text.status).toBe(400);
    expect(text.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('a GET with no preflight header (a cross-site form): 400 BAD_REQUEST', async () => {
    const answer = await graph.raw({ path: `/graphql?query=${encodeURIComponent('{ countries { totalCount } }')}` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('no query at all: 400 BAD_REQUEST', async () => {
    const answer = await graph.post({ variables: {} });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});
