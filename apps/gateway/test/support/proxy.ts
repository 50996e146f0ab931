import { createServer, request as forward, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'hang' | '503' | 'refuse';

/**
 * A subgraph's stand-in that a test switches between behaviours: pass requests on to the real
 * subgraph, hang (accept and never answer), answer 503, or refuse connections (stop listening on its
 * port, and listen there again when switched back). Counts the requests that reached it.
 */
export async function faultyProxy(target: string) {
  const targetUrl = new URL(target);
  let mode: ProxyMode = 'pass';
  let reached = 0;
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    reached += 1;
    if (mode === 'hang') {
      hanging.add(response);
      return;
    }
    if (mode === '503') {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable');
      return;
    }
    const upstream = forward(
      { host: targetUrl.hostname, port: targetUrl.port, path: targetUrl.pathname, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const stopListening = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get reached() {
      return reached;
    },
    async set(next: ProxyMode) {
      if (mode === 'refuse' && next !== 'refuse') await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      if (next === 'refuse' && mode !== 'refuse') await stopListening();
      if (next !== 'hang') for (const response of hanging) response.destroy();
      mode = next;
    },
    async close() {
      for (const response of hanging) response.destroy();
      if (mode !== 'refuse') await stopListening();
    },
  };
}
