import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A process the benchmark started: its id (for its memory) and how to stop it. */
export interface Started {
  pid: number;
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts a process and resolves once `url` answers 200 (a `/graphql` address is asked
 * `{ __typename }`, any other is fetched), polling every 100 ms; rejects with its last output if it
 * exits or is not ready within a minute.
 */
export async function startProcess(
  command: string,
  args: string[],
  options: { env: Record<string, string | undefined>; cwd: string; url: string; name: string },
): Promise<Started> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean).slice(-200));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const ended = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  const deadline = Date.now() + 60_000;
  while (exited === undefined) {
    const probe: RequestInit = options.url.endsWith('/graphql')
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }
      : {};
    const ready = await fetch(options.url, probe).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} was not ready within a minute:\n${output.slice(-20).join('\n')}`);
    }
    await sleep(100);
  }
  if (exited !== undefined) throw new Error(`${options.name} exited (${exited}) while starting:\n${output.slice(-20).join('\n')}`);
  return {
    pid: child.pid!,
    output,
    async stop() {
      if (exited === undefined) child.kill('SIGTERM');
      await Promise.race([ended, sleep(5000).then(() => child.kill('SIGKILL'))]);
    },
  };
}
