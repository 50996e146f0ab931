import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localAudience, localIssuer, mintToken } from '@pamir/auth';
import { startStack, subgraphs, type ProcessName, type Stack } from '@pamir/stack';
import { dropDatabases, testDatabaseUrl } from './databases.js';
import { freePort } from './ports.js';

export interface TestStack extends Stack {
  /** Sends a GraphQL request to the gateway (or a subgraph) and returns the parsed body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { target?: ProcessName; token?: string; headers?: Record<string, string> },
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** A token this stack accepts, signed with its secret. */
  token(scopes: string[], subject?: string, expiresIn?: string): Promise<string>;
  /** A counter from a process's /metrics. */
  metric(name: ProcessName, metric: string): Promise<number>;
  /** Everything the processes printed, for failure messages. */
  output: string[];
  dataDir: string;
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
  const ports = {
    web: await freePort(),
    gateway: await freePort(),
    reference: await freePort(),
    security: await freePort(),
    diplomacy: await freePort(),
    energy: await freePort(),
  };
  const output: string[] = [];
  const secret = randomBytes(32).toString('base64url');
  const stack = await startStack({
    ports,
    env: { ...env, NODE_ENV: 'production', PAMIR_JWT_SECRET: secret, ...options.env },
    log: (name, line) => output.push(`[${name}] ${line}`),
  }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n--- output ---\n${output.join('\n')}`);
  });

  return {
    ...stack,
    output,
    dataDir,
    async query(query, variables, { target = 'gateway', token, headers = {} } = {}) {
      const response = await fetch(stack.urls[target], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    token: (scopes, subject = 'tester', expiresIn = '1h') =>
      mintToken({ secret, issuer: localIssuer, audience: localAudience, subject, scopes, expiresIn }),
    async metric(name, metric) {
      const text = await (await fetch(`http://127.0.0.1:${stack.ports[name]}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${metric} `));
      if (!line) throw new Error(`${name} has no metric ${metric}`);
      return Number(line.split(' ')[1]);
    },
    async stop() {
      await stack.stop();
      if (driver === 'postgres') await dropDatabases(databases);
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
