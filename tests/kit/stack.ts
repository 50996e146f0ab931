import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack, subgraphs, type Stack } from '@pamir/stack';
import { graphClient, type GraphAddress, type GraphClient } from './client.js';
import { dropDatabases, testDatabaseUrl } from './databases.js';
import { configuredHosts, egressRecorder, unexpectedEgress } from './egress.js';
import { freePort } from './ports.js';

export interface TestStack extends Stack, GraphClient {
  /** Everything the processes printed, for failure messages. */
  output: string[];
  dataDir: string;
  /** The environment every process got: a test can start another copy of one with it. */
  env: Record<string, string>;
  /** What the shared graph hands to test files: where it is and how to speak to it. */
  address: GraphAddress;
}

/**
 * The whole graph on free ports, as real processes, with a fresh PGlite directory or fresh
 * databases on the test Postgres server. `stop()` removes what it made.
 */
export async function startTestStack(
  driver: 'pglite' | 'postgres',
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestStack> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'pamir-e2e-')));
  const run = `pamir_e2e_${process.pid}_${Date.now() % 100000}`;
  const databases = subgraphs.map((name) => `${run}_${name}`);
  const env: Record<string, string> =
    driver === 'postgres'
      ? Object.fromEntries(subgraphs.map((name, i) => [`${name.toUpperCase()}_DATABASE_URL`, testDatabaseUrl(databases[i]!)]))
      : { PAMIR_DATA_DIR: dataDir };
  const ports: Record<string, number> = { web: await freePort(), gateway: await freePort() };
  for (const name of subgraphs) ports[name] = await freePort();
  const output: string[] = [];
  const secret = randomBytes(32).toString('base64url');
  const egressLog = path.join(dataDir, 'egress.log');
  // As `pnpm start` runs it: the subgraphs answer only the gateway; and every process records
  // what it tries to reach beyond loopback.
  const processEnv: Record<string, string> = {
    ...env,
    NODE_ENV: 'production',
    PAMIR_JWT_SECRET: secret,
    PAMIR_GATEWAY_SECRET: randomBytes(24).toString('base64url'),
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${egressRecorder}`.trim(),
    PAMIR_EGRESS_LOG: egressLog,
    ...options.env,
  };
  const stack = await startStack({
    ports,
    env: processEnv,
    log: (name, line) => output.push(`[${name}] ${line}`),
  }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n--- output ---\n${output.join('\n')}`);
  });

  const address: GraphAddress = {
    driver,
    urls: stack.urls,
    ports: stack.ports,
    jwtSecret: secret,
    gatewaySecret: processEnv['PAMIR_GATEWAY_SECRET']!,
  };
  return {
    ...stack,
    ...graphClient(address),
    output,
    dataDir,
    env: processEnv,
    address,
    async stop() {
      await stack.stop();
      // Nothing may call out: every destination beyond loopback must be one the test configured.
      const calledOut = await unexpectedEgress(egressLog, configuredHosts(processEnv));
      if (driver === 'postgres') await dropDatabases(databases);
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      if (calledOut.length) {
        const lines = calledOut.map((e) => `${e.process}: ${e.kind} ${e.host}${e.port ? `:${e.port}` : ''}`);
        throw new Error(`the graph called out:\n${lines.join('\n')}`);
      }
    },
  };
}
