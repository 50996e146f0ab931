import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoint, type ProcessName } from '@pamir/stack';
import { describe, expect, it } from 'vitest';
import { freePort, isListening } from '../kit/ports.js';
import { startTestStack } from '../kit/stack.js';

const cli = fileURLToPath(new URL('../../packages/stack/dist/cli.js', import.meta.url));

/** Runs a process to its end and returns its exit code and output. */
function run(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the processes', () => {
  it('each answer /health and /ready', async () => {
    const stack = await startTestStack('pglite');
    try {
      for (const name of Object.keys(stack.ports) as ProcessName[]) {
        for (const check of ['health', 'ready']) {
          const response = await fetch(`http://127.0.0.1:${stack.ports[name]}/${check}`);
          expect(response.status, `${name} /${check}`).toBe(200);
        }
      }
    } finally {
      await stack.stop();
    }
  });

  it('a subgraph that cannot open its database exits, naming the database and the reason', async () => {
    const { code, output } = await run(entryPoint('security'), {
      PORT: String(await freePort()),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres',
    });
    expect(code).toBe(1);
    expect(output).toContain('cannot open database pamir_security on 127.0.0.1:1');
    expect(output).toMatch(/ECONNREFUSED|connect/);
  });

  it('a subgraph whose PGlite directory cannot be created exits, naming the directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-blocked-'));
    await writeFile(path.join(dir, 'energy'), 'a file where the directory should be');
    const { code, output } = await run(entryPoint('energy'), { PORT: String(await freePort()), PAMIR_DATA_DIR: dir });
    await rm(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(output).toContain(`cannot open database PGlite at ${dir}/energy`);
  });

  it('keeps what it stored across a restart of the whole graph', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pamir-restart-'));
    try {
      const query = `{ countries(first: 100) { totalCount } securityEvents { totalCount } }`;
      const first = await startTestStack('pglite', { dataDir });
      const before = await first.query(query);
      await first.stop();
      const second = await startTestStack('pglite', { dataDir });
      const after = await second.query(query);
      await second.stop();
      expect(after).toEqual(before);
      expect(second.output.join('\n')).not.toMatch(/failed/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('`pnpm start` prints the URLs, and Ctrl-C stops every process it started', async () => {
    const ports = {
      WEB_PORT: await freePort(),
      GATEWAY_PORT: await freePort(),
      REFERENCE_PORT: await freePort(),
      SECURITY_PORT: await freePort(),
      DIPLOMACY_PORT: await freePort(),
      ENERGY_PORT: await freePort(),
    };
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pamir-cli-'));
    const child = spawn(process.execPath, [cli], {
      env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), PAMIR_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const running = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop.')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited before it was running:\n${output}`)));
    });
    await running;
    expect(output).toContain(`gateway     http://localhost:${ports.GATEWAY_PORT}/graphql`);
    expect(output).toContain(`energy      http://localhost:${ports.ENERGY_PORT}/graphql`);
    for (const port of Object.values(ports)) expect(await isListening(port)).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(ports)) expect(await isListening(port), `port ${port} still open`).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('Ctrl-C while the graph is still starting stops what has started', async () => {
    const ports = {
      WEB_PORT: await freePort(),
      GATEWAY_PORT: await freePort(),
      REFERENCE_PORT: await freePort(),
      SECURITY_PORT: await freePort(),
      DIPLOMACY_PORT: await freePort(),
      ENERGY_PORT: await freePort(),
    };
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pamir-cli-'));
    const child = spawn(process.execPath, [cli], {
      env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), PAMIR_DATA_DIR: dataDir },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until a subgraph answers, while the others are still creating their databases.
    const deadline = Date.now() + 60_000;
    while (!(await isListening(ports.REFERENCE_PORT)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(ports)) expect(await isListening(port), `port ${port} still open`).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  });
});
