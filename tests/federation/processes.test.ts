import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entryPoint, type ProcessName } from '@pamir/stack';
import { describe, expect, it } from 'vitest';
import { freePort } from '../kit/ports.js';
import { startTestStack } from '../kit/stack.js';

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
});
