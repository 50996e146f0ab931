#!/usr/bin/env node
// `pnpm start`: runs the whole graph until Ctrl-C. Ports come from WEB_PORT, GATEWAY_PORT,
// REFERENCE_PORT, SECURITY_PORT, DIPLOMACY_PORT and ENERGY_PORT; the rest of the environment passes through.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { localSecret } from '@pamir/auth';
import { defaultPorts, type ProcessName } from './processes.js';
import { startStack } from './stack.js';

const started = performance.now();
const ports = Object.fromEntries(
  Object.keys(defaultPorts).map((name) => [name, Number(process.env[`${name.toUpperCase()}_PORT`] ?? defaultPorts[name as ProcessName])]),
) as Record<ProcessName, number>;

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
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`
Pamir is running (all processes ready in ${seconds} s):
  web         ${stack.urls.web}
  IDE         ${stack.urls.web}/graphiql
  gateway     ${stack.urls.gateway}
  subgraphs   ${stack.urls.reference}, ${stack.urls.security},
              ${stack.urls.diplomacy}, ${stack.urls.energy}
              (loopback only, and only through the gateway)
Writes need a token: pnpm -s run token --scope write:energy --sub alice
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
