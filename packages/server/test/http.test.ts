import { ApolloServer } from '@apollo/server';
import { Counter, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, subgraphEnv, type Running } from '../src/index.js';

describe('serve', () => {
  let running: Running;
  let ready = true;
  const base = () => `http://127.0.0.1:${running.port}`;

  beforeAll(async () => {
    const metrics = new Registry();
    new Counter({ name: 'pamir_test_total', help: 'a test counter', registers: [metrics] }).inc(7);
    running = await serve({
      name: 'test',
      apollo: new ApolloServer({
        typeDefs: 'type Query { hello: String }',
        resolvers: { Query: { hello: () => 'world' } },
      }),
      port: 0,
      host: '127.0.0.1',
      context: () => Promise.resolve({}),
      ready: () => (ready ? Promise.resolve() : Promise.reject(new Error('database unreachable'))),
      metrics,
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

  it("exposes its own counters and the process's at /metrics", async () => {
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toContain('pamir_test_total 7\n');
    // The /metrics request itself is in flight while it is answered.
    expect(text).toContain('pamir_http_requests_in_flight 1\n');
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    // The GraphQL request of the first test, by route and by operation.
    expect(text).toMatch(/^pamir_http_request_duration_seconds_count\{route="\/graphql",status="200"\} 1$/m);
    expect(text).toMatch(/^pamir_graphql_operation_duration_seconds_count\{operation="anonymous",type="query"\} 1$/m);
  });

  it('names every response with a request id, keeping a sane one the caller gave', async () => {
    const fresh = await fetch(`${base()}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${base()}/health`, { headers: { 'x-request-id': 'gateway-1234' } });
    expect(given.headers.get('x-request-id')).toBe('gateway-1234');
    const hostile = await fetch(`${base()}/health`, { headers: { 'x-request-id': 'a b <script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses bodies over 1 MB and bodies that are not JSON', async () => {
    const huge = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
    const broken = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('takes a larger limit from its options, and the configuration from PAMIR_MAX_BODY_BYTES', async () => {
    const roomy = await serve({
      name: 'roomy',
      apollo: new ApolloServer({
        typeDefs: 'type Query { echo(text: String!): Int }',
        resolvers: { Query: { echo: (_: unknown, args: { text: string }) => args.text.length } },
      }),
      port: 0,
      host: '127.0.0.1',
      context: () => Promise.resolve({}),
      ready: () => Promise.resolve(),
      maxBodyBytes: 3_000_000,
    });
    try {
      const body = JSON.stringify({
        query: 'query ($text: String!) { echo(text: $text) }',
        variables: { text: 'x'.repeat(2_000_000) },
      });
      const response = await fetch(`http://127.0.0.1:${roomy.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(await response.json()).toEqual({ data: { echo: 2_000_000 } });
    } finally {
      await roomy.close();
    }
    expect(subgraphEnv('security', { PAMIR_MAX_BODY_BYTES: '8000000' }).maxBodyBytes).toBe(8_000_000);
    expect(subgraphEnv('security', {}).maxBodyBytes).toBe(1_000_000);
    expect(() => subgraphEnv('security', { PAMIR_MAX_BODY_BYTES: 'lots' })).toThrow(
      /PAMIR_MAX_BODY_BYTES/,
    );
  });
});
