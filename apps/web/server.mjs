// Serves the built web client (dist/) and the bundled IDE, with no dependency beyond Node.
// The client learns the gateway's URL from /config.json, so one build runs against any gateway.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./dist/', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

async function fileAt(relative) {
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

function sendFile(response, file, status = 200) {
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(status, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(response);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', service: 'web', pid: process.pid }));
  if (url.pathname === '/ready') {
    const built = await fileAt('index.html');
    return response
      .writeHead(built ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify(built ? { status: 'ready', service: 'web' } : { status: 'unavailable', reason: 'the client is not built: run pnpm build' }));
  }
  if (url.pathname === '/config.json') {
    return response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(JSON.stringify({ gatewayUrl }));
  }
  const file = await fileAt(decodeURIComponent(url.pathname).replace(/^\/+/, ''));
  if (file) return sendFile(response, file);
  // The IDE has a page of its own; every other path is a route of the single-page client.
  const page = url.pathname.startsWith('/graphiql') ? await fileAt('graphiql.html') : await fileAt('index.html');
  if (page) return sendFile(response, page);
  response.writeHead(503, { 'content-type': 'text/plain' }).end('The web client is not built: run pnpm build.');
});

server.listen(port, host, () => console.log(`[web] serving http://localhost:${port} (IDE at /graphiql), gateway ${gatewayUrl}`));
// Stop accepting, let what is in flight finish (cut after 5 s), exit 0. A supervisor that dies
// closes the IPC channel it gave us, and we go with it rather than linger as an orphan.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 5_000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (process.connected) process.once('disconnect', stop);
