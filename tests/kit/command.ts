import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs } from '@pamir/stack';
import { freePort, isListening } from './ports.js';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The port variables `pnpm start` reads: the web client's, the gateway's and each listed subgraph's. */
const portVariables = (names: readonly string[]) => ['web', 'gateway', ...names].map((name) => `${name.toUpperCase()}_PORT`);

/** `pnpm start` (or the command under it) run as a user would, on free ports and a fresh data folder. */
export interface StartCommand {
  child: ChildProcess;
  /** By variable: `GATEWAY_PORT`, `ENERGY_PORT` ... */
  ports: Record<'WEB_PORT' | 'GATEWAY_PORT', number> & Record<string, number>;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves once it prints that the graph is running. */
  running: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The process id each port's process reports at /health. */
  pids(): Promise<number[]>;
  /** True when no port answers and no process it reported is alive. */
  allGone(pids: number[]): Promise<boolean>;
  cleanUp(): Promise<void>;
}

/**
 * Runs the command in the repository (or in `cwd`, a copy of it whose list names `subgraphNames`),
 * every process on a free port.
 */
export async function runStartCommand(
  command: string,
  args: string[],
  { cwd = repositoryRoot, subgraphNames = subgraphs, env = {} }: { cwd?: string; subgraphNames?: readonly string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<StartCommand> {
  const variables = portVariables(subgraphNames);
  const ports = Object.fromEntries(await Promise.all(variables.map(async (name) => [name, await freePort()] as const))) as StartCommand['ports'];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pamir-start-'));
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), PAMIR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve();
    });
    void exited.then(() => reject(new Error(`exited before it was running:\n${output}`)));
  });
  running.catch(() => undefined);
  return {
    child,
    ports,
    output: () => output,
    running,
    exited,
    async pids() {
      return Promise.all(
        Object.values(ports).map(async (port) => ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { pid: number }).pid),
      );
    },
    async allGone(pids) {
      const listening = await Promise.all(Object.values(ports).map((port) => isListening(port)));
      return !listening.some(Boolean) && !pids.some(isAlive);
    },
    async cleanUp() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
