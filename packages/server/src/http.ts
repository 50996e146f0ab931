import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

export interface ServeOptions<TContext extends BaseContext> {
  /** Process name for logs, e.g. `security`. */
  name: string;
  apollo: ApolloServer<TContext>;
  port: number;
  host?: string;
  /** Builds the per-request context (database, loaders, caller). */
  context: (request: IncomingMessage) => Promise<TContext>;
  /** Throws when the process cannot serve (database unreachable, migrations missing). */
  ready: () => Promise<void>;
  /** Counters for /metrics, in Prometheus' text format (name to value). */
  metrics?: () => Record<string, number>;
  /** When set, GraphQL requests must carry it in `x-pamir-gateway-secret` (they come through the gateway). */
  gatewaySecret?: string | undefined;
  /** Extra headers on every response (CORS on the gateway). */
  headers?: Record<string, string>;
  /** The largest request body served; larger ones get 413 (default 1 MB). */
  maxBodyBytes?: number;
}

export interface Running {
  url: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

/** Large enough for any query and for an ACLED file of some 1,500 rows. */
export const defaultMaxBodyBytes = 1_000_000;

/**
 * Serves an Apollo Server on node:http: `/graphql`, `/health` (the process is alive) and `/ready`
 * (it can answer queries). No framework: one small handler is all these processes need.
 */
export async function serve<TContext extends BaseContext>(options: ServeOptions<TContext>): Promise<Running> {
  const { apollo } = options;
  await apollo.start();
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      console.error('request failed', error);
      if (!response.headersSent) send(response, 500, { error: 'internal server error' });
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    server,
    close: async () => {
      // Finish what is in flight, drop idle keep-alive connections, and give stragglers 5 s.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      await apollo.stop();
    },
  };
}

async function handle<TContext extends BaseContext>(
  options: ServeOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  const url = new URL(request.url ?? '/', 'http://localhost');

  if (url.pathname === '/health') return send(response, 200, { status: 'ok', service: options.name });
  if (url.pathname === '/ready') {
    try {
      await options.ready();
      return send(response, 200, { status: 'ready', service: options.name });
    } catch (error) {
      return send(response, 503, { status: 'unavailable', service: options.name, reason: (error as Error).message });
    }
  }
  if (url.pathname === '/metrics') {
    const lines = Object.entries(options.metrics?.() ?? {}).map(([name, value]) => `${name} ${value}`);
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
    return;
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204).end();
    return;
  }
  if (url.pathname !== '/graphql' && url.pathname !== '/') return send(response, 404, { error: 'not found' });
  if (options.gatewaySecret && !sameSecret(request.headers[gatewaySecretHeader], options.gatewaySecret)) {
    return send(response, 403, {
      errors: [{ message: 'this subgraph only answers the gateway', extensions: { code: 'FORBIDDEN' } }],
    });
  }

  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const body = await readBody(request, maxBodyBytes);
  if (body === tooLarge) {
    response.setHeader('connection', 'close');
    return send(response, 413, { error: `request body over ${maxBodyBytes} bytes` });
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let parsedBody: unknown = body;
  if (body !== undefined && headers.get('content-type')?.startsWith('application/json')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      return send(response, 400, { errors: [{ message: 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }

  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
    context: () => options.context(request),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The header the gateway proves itself with. */
export const gatewaySecretHeader = 'x-pamir-gateway-secret';

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const tooLarge = Symbol('too large');

async function readBody(request: IncomingMessage, maxBodyBytes: number): Promise<string | undefined | typeof tooLarge> {
  if (request.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return tooLarge;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
