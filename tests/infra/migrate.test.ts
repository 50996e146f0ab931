import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@pamir/db';
import { repositoryRoot } from '@pamir/infra';
import { entryPoint } from '@pamir/stack';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs a built subgraph with arguments to its end: its exit code and output. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entryPoint('energy'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

// What the Kubernetes migration Job runs (`node dist/index.js migrate` in the subgraph's image).
describe('a subgraph started with `migrate`', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('migrates its database and exits without serving', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pamir-migrate-'));
    dirs.push(dataDir);
    const { code, output } = await run(['migrate'], { PAMIR_DATA_DIR: dataDir, PORT: '1' });
    expect(code, output).toBe(0);
    expect(output).toContain(`migrated PGlite at ${dataDir}/energy`);
    expect(output).not.toContain('serving');
    const database = await openDatabase({ driver: 'pglite', dataDir: path.join(dataDir, 'energy') }, {});
    try {
      await expect(
        database.checkReady(path.join(repositoryRoot, 'services/energy/drizzle')),
      ).resolves.toBeUndefined();
    } finally {
      await database.close();
    }
  });

  it('refuses a command it does not know', async () => {
    const { code, output } = await run(['migrat'], {});
    expect(code).toBe(2);
    expect(output).toContain('unknown command migrat');
  });
});
