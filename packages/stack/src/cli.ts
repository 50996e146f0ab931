#!/usr/bin/env node
// `pnpm start`: runs the whole graph until Ctrl-C. Ports come from WEB_PORT, GATEWAY_PORT and
// <NAME>_PORT for each subgraph in services/subgraphs.json; the rest of the environment passes through.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { localSecret } from '@pamir/auth';
import { defaultPorts, subgraphs, type PerProcess } from './processes.js';
import { startStack } from './stack.js';

const started = performance.now();
const ports = Object.fromEntries(
  Object.entries(defaultPorts).map(([name, port]) => [name, Number(process.env[`${name.toUpperCase()}_PORT`] ?? port)]),
) as PerProcess<number>;

// A local installation signs its own tokens (`pnpm -s run token`) with a secret kept in the data folder.
const dataRoot = process.env['PAMIR_DATA_DIR'] ?? fileURLToPath(new URL('../../../.data', import.meta.url));
const secret = process.env['PAMIR_JWT_SECRET'] ?? (await localSecret(dataRoot));

// The gateway is the only door: the subgraphs listen on loopback (their default HOST) and answer
// only requests that carry this secret, which the gateway adds after its limits have passed. A new one each start.
const gatewaySecret = process.env['PAMIR_GATEWAY_SECRET'] || randomBytes(32).toString('base64url');

// Ctrl-C stops whatever has started, whether the graph is still starting or already running.
const starting = new AbortController();
let stopRunning: ((code: number) => Promise<void>) | undefined;
const onSignal = () => (stopRunning ? void stopRunning(0) : starting.abort());
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

try {
  const stack = await startStack({
    ports,
    env: { PAMIR_JWT_SECRET: secret, PAMIR_GATEWAY_SECRET: gatewaySecret },
    signal: starting.signal,
    supervise: true,
    watch: process.argv.includes('--watch'),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const width = Math.max(...subgraphs.map((name) => name.length));
  const subgraphLines = subgraphs.map((name) => `${name.padEnd(width)}  ${stack.urls[name]}`).join('\n              ');
  console.log(`
Pamir is running (all processes ready in ${seconds} s):
  web         ${stack.urls.web}
  IDE         ${stack.urls.web}/graphiql
  gateway     ${stack.urls.gateway}
  subgraphs   ${subgraphLines}
              (loopback only, and only through the gateway)
Writes need a token with the scope write:<subgraph>, e.g.
  pnpm -s run token --scope write:${subgraphs.at(-1)} --sub alice
  then send it as the header  Authorization: Bearer <token>
Press Ctrl-C to stop.`);
  let stopping = false;
  stopRunning = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(code);
  };
  // A process that dies is restarted by the stack, with backoff; this one runs until a signal.
} catch (error) {
  if (starting.signal.aborted) process.exit(0);
  console.error((error as Error).message);
  process.exit(1);
}
