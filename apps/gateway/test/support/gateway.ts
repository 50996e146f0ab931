import { serve } from '@pamir/server';
import { gatewayOptions } from '../../src/config.js';
import { env } from '../../src/env.js';
import { createGateway, type GatewayContext, type GatewayOptions } from '../../src/gateway.js';

export interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** The gateway with its configured defaults and the given overrides, served on a free loopback port. */
export async function startGateway(overrides: Partial<GatewayOptions> & Pick<GatewayOptions, 'subgraphUrls' | 'supergraphSdl'>) {
  const gateway = createGateway({ ...gatewayOptions(env), ...overrides });
  const running = await serve<GatewayContext>({
    name: 'gateway',
    apollo: gateway.apollo,
    port: 0,
    host: '127.0.0.1',
    metrics: gateway.metrics,
    // As the running gateway does: every client request gets its own id, passed on to the subgraphs.
    context: (request, requestId) => Promise.resolve({ authorization: request.headers.authorization, requestId }),
    ready: () => Promise.resolve(),
  });
  const base = `http://127.0.0.1:${running.port}`;
  return {
    url: `${base}/graphql`,
    /** A POST as a client sends it. */
    async post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    },
    async raw(init: RequestInit & { path?: string }): Promise<Answer> {
      const response = await fetch(`${base}${init.path ?? '/graphql'}`, init);
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text) as Answer['body'] };
    },
    async metrics(): Promise<string> {
      return (await fetch(`${base}/metrics`)).text();
    },
    async close() {
      await running.close();
      await gateway.close();
    },
  };
}
