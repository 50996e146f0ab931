import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { Registry } from 'prom-client';
import { logUnexpectedErrors } from './error-log.js';
import { gatewaySecretHeader, requestIdHeader } from './headers.js';
import { inRequest, log } from './log.js';
import { httpMetrics, metricsContentType, metricsText, operationMetrics, processMetrics, routeOf } from './metrics.js';
import { carriesNul } from './nul.js';
import { inServerSpan, operationSpans } from './spans.js';

export interface ServeOptions<TContext extends BaseContext> {
  /** Process name for logs, e.g. `gateway`. */
  name: string;
  apollo: ApolloServer<TContext>;
  port: number;
  host?: string;
  /** Builds the per-request context (database, loaders, caller); `requestId` names the request in logs. */
  context: (request: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Throws when the process cannot serve (database unreachable, migrations missing). */
  ready: () => Promise<void>;
  /** The process's own metrics for /metrics, besides the HTTP, operation and process ones every server reports. */
  metrics?: Registry;
  /** When set, GraphQL requests must carry it in `x-pamir-gateway-secret` (they come through the gateway). */
  gatewaySecret?: string | undefined;
  /** Extra headers on every response (CORS on the gateway). */
  headers?: Record<string, string>;
  /** The largest request body served; larger ones get 413 (default 1 MB). */
  maxBodyBytes?: number;
  /** On close, how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceMs?: number;
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
  const registry = new Registry();
  const http = httpMetrics(registry);
  apollo.addPlugin(logUnexpectedErrors());
  apollo.addPlugin(operationMetrics(registry));
  apollo.addPlugin(operationSpans());
  await apollo.start();
  const state: ServeState = {
    draining: false,
    metrics: [processMetrics(), registry, ...(options.metrics ? [options.metrics] : [])],
  };
  const server = createServer((request, response) => {
    const stopTimer = http.duration.startTimer();
    http.inFlight.inc();
    const route = routeOf(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.once('close', () => {
      http.inFlight.dec();
      stopTimer({ route, status: response.statusCode });
    });
    const requestId = requestIdOf(request);
    response.setHeader(requestIdHeader, requestId);
    // While draining, answer what arrives but let no connection stay open for more.
    if (state.draining) response.setHeader('connection', 'close');
    const served = () =>
      handle(options, state, request, response, requestId).catch((error: unknown) => {
        log.error('request failed', { requestId, error });
        if (!response.headersSent) send(response, 500, { errors: [internalError(requestId)] });
        else response.end();
      });
    // Probes and scrapes are neither logged under a request nor traced: only GraphQL requests are.
    if (route === '/graphql' || route === '/') inRequest(requestId, () => inServerSpan(request, response, requestId, served));
    else void served();
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
      // Stop accepting, finish what is in flight, drop idle keep-alive connections, and cut
      // whatever is still running when the grace period is over.
      state.draining = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? defaultShutdownGraceMs).unref();
      });
      await apollo.stop();
    },
  };
}

interface ServeState {
  /** Closing: /ready says so and no connection is kept alive. */
  draining: boolean;
  /** What /metrics reports: the process's, this server's, and the caller's. */
  metrics: Registry[];
}

/** How long a closing process lets requests in flight finish. */
export const defaultShutdownGraceMs = 8_000;

/** The caller's request id when it is a sane token (the gateway's, a proxy's), else a new one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[requestIdHeader];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

function internalError(requestId: string) {
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

async function handle<TContext extends BaseContext>(
  options: ServeOptions<TContext>,
  state: ServeState,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  const url = new URL(request.url ?? '/', 'http://localhost');

  if (url.pathname === '/health') return send(response, 200, { status: 'ok', service: options.name, pid: process.pid });
  if (url.pathname === '/ready') {
    if (state.draining) return send(response, 503, { status: 'stopping', service: options.name });
    try {
      await options.ready();
      return send(response, 200, { status: 'ready', service: options.name });
    } catch (error) {
      log.warn('not ready', { requestId, error });
      return send(response, 503, { status: 'unavailable', service: options.name, reason: (error as Error).message });
    }
  }
  if (url.pathname === '/metrics') {
    response.writeHead(200, { 'content-type': metricsContentType }).end(await metricsText(state.metrics));
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
  headers.set(requestIdHeader, requestId);
  let parsedBody: unknown = body;
  if (body !== undefined && headers.get('content-type')?.startsWith('application/json')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      return send(response, 400, { errors: [{ message: 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }

  if (carriesNul(parsedBody, url.searchParams)) {
    return send(response, 400, {
      errors: [{ message: 'text may not hold the NUL character (U+0000)', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  }

  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
    context: () => options.context(request, requestId),
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
