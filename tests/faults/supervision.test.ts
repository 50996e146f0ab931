import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runStartCommand } from '../kit/command.js';
import { eventually } from '../kit/eventually.js';

const cli = fileURLToPath(new URL('../../packages/stack/dist/cli.js', import.meta.url));
const tajikistan = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ country(code: "TJK") { name } }' }),
  });
  return ((await response.json()) as { data?: { country?: { name: string } } }).data?.country?.name;
};

// `pnpm start` keeps the graph up: a process that dies comes back, and any way of stopping it
// (Ctrl-C, a signal from a script, even its own death) leaves no process behind.
describe('pnpm start', () => {
  // `pnpm start` builds what changed first: the time allowed covers a build.
  it('restarts a subgraph that dies, says so, keeps the rest serving, and stops everything on SIGTERM', { timeout: 400_000 }, async () => {
    const start = await runStartCommand('pnpm', ['start']);
    try {
      await start.running;
      expect(start.output()).toContain(`gateway     http://localhost:${start.ports.GATEWAY_PORT}/graphql`);
      expect(start.output()).toContain('(loopback only, and only through the gateway)');
      const pids = await start.pids();

      const reference = ((await (await fetch(`http://127.0.0.1:${start.ports.REFERENCE_PORT}/health`)).json()) as { pid: number }).pid;
      process.kill(reference, 'SIGKILL');
      await eventually(() => (start.output().includes('reference is back') ? true : undefined));
      expect(start.output()).toMatch(/reference exited unexpectedly \(code null\); restarting in [\d.]+ s/);
      expect(await tajikistan(start.ports.GATEWAY_PORT)).toBe('Tajikistan');

      // A subgraph is not a door: loopback only, and it refuses what did not come through the gateway.
      const direct = await fetch(`http://127.0.0.1:${start.ports.SECURITY_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ securityEvents { totalCount } }' }),
      });
      expect(direct.status).toBe(403);

      const all = [...pids, ...(await start.pids())];
      start.child.kill('SIGTERM');
      expect(await start.exited).toMatchObject({ code: 0 });
      expect(await start.allGone(all)).toBe(true);
    } finally {
      await start.cleanUp();
    }
  });

  it('stops every process on Ctrl-C (SIGINT)', async () => {
    const start = await runStartCommand(process.execPath, [cli]);
    try {
      await start.running;
      const pids = await start.pids();
      start.child.kill('SIGINT');
      expect(await start.exited).toMatchObject({ code: 0 });
      expect(await start.allGone(pids)).toBe(true);
    } finally {
      await start.cleanUp();
    }
  });

  it('leaves no orphan when it is itself killed with SIGKILL', async () => {
    const start = await runStartCommand(process.execPath, [cli]);
    try {
      await start.running;
      const pids = await start.pids();
      start.child.kill('SIGKILL');
      await start.exited;
      await eventually(async () => ((await start.allGone(pids)) ? true : undefined), { timeoutMs: 30_000 });
    } finally {
      await start.cleanUp();
    }
  });

  it('stops what has started on Ctrl-C while the graph is still starting', async () => {
    const start = await runStartCommand(process.execPath, [cli]);
    try {
      // A subgraph answers while the others are still creating their databases.
      await eventually(async () => ((await fetch(`http://127.0.0.1:${start.ports.REFERENCE_PORT}/health`)).ok ? true : undefined));
      start.child.kill('SIGINT');
      expect(await start.exited).toMatchObject({ code: 0 });
      expect(await start.allGone([])).toBe(true);
    } finally {
      await start.cleanUp();
    }
  });
});
