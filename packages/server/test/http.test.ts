import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Running } from '../src/index.js';

describe('serve', () => {
  let running: Running;
  let ready = true;
  const base = () => `http://127.0.0.1:${running.port}`;

  beforeAll(async () => {
    running = await serve({
      name: 'test',
      apollo: new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } }),
      port: 0,
      host: '127.0.0.1',
      context: () => Promise.resolve({}),
      ready: () => (ready ? Promise.resolve() : Promise.reject(new Error('database unreachable'))),
      metrics: () => ({ pamir_test_total: 7 }),
    });
  });
  afterAll(async () => {
    await running?.close();
  });

  it('answers GraphQL at /graphql', async () => {
    const response = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });

  it('says it is alive at /health, and whether it can serve at /ready', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect((await fetch(`${base()}/ready`)).status).toBe(200);
    ready = false;
    const response = await fetch(`${base()}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', reason: 'database unreachable' });
    ready = true;
  });

  it('exposes counters at /metrics', async () => {
    expect(await (await fetch(`${base()}/metrics`)).text()).toBe('pamir_test_total 7\n');
  });

  it('refuses bodies over 1 MB and bodies that are not JSON', async () => {
    const huge = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    const broken = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
  });
});
