import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  defaultPorts,
  entryPoint,
  subgraphs,
  subgraphUrlVariables,
  trustedDocumentsFile,
  type PerProcess,
  type ProcessName,
} from './processes.js';
import { restartDelay } from './restarts.js';
import { compose, sourceCommand, watchSubgraphs } from './watch.js';

export interface StackOptions {
  /** Ports per process; missing ones take the defaults (3000, 4000, and each subgraph's listed port). */
  ports?: Partial<Record<ProcessName, number>>;
  /** Extra environment for every process (DATABASE_URL, PAMIR_DATA_DIR, PAMIR_JWT_SECRET ...). */
  env?: Record<string, string | undefined>;
  /** Where each output line goes; defaults to this process's stdout, prefixed with its name. */
  log?: (name: ProcessName | 'stack', line: string) => void;
  /** How long a process may take to become ready. */
  readyTimeoutMs?: number;
  /** Aborting it while the stack starts stops what has started and rejects. */
  signal?: AbortSignal;
  /** Restart a process that dies, with backoff, while the others keep serving (`pnpm start`). */
  supervise?: boolean;
  /** Extra Node options per process, e.g. `--cpu-prof` for a profile written when it stops. */
  nodeArgs?: (name: ProcessName) => string[];
  /**
   * The development loop (`pnpm dev`): the subgraphs run from source, and saving one's code or SDL
   * restarts it alone, after recomposing the supergraph for an SDL change (the gateway follows the file).
   */
  watch?: boolean;
}

/** How a process ended: its exit code, or the signal that ended it. */
export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Stack {
  urls: PerProcess<string>;
  ports: PerProcess<number>;
  /** The process id of each running process, for tests that crash one from outside. */
  pid(name: ProcessName): number | undefined;
  /** Stops one process with SIGTERM (for fault tests) and tells how it ended; `start` brings it back. */
  stopProcess(name: ProcessName): Promise<Ended>;
  /** Kills one process outright (SIGKILL), as a crash or an evicted pod would end it. */
  killProcess(name: ProcessName): Promise<Ended>;
  startProcess(name: ProcessName): Promise<void>;
  /** Resolves when a process exits on its own and is not restarted, with its name and exit code. */
  exited: Promise<{ name: ProcessName; code: number | null }>;
  stop(): Promise<void>;
}

/**
 * Starts the listed subgraphs, waits until each answers /ready, then starts the gateway over them.
 * A process that exits while starting fails the whole start with its last output lines.
 *
 * Each process runs in its own process group (a terminal's Ctrl-C reaches this process alone,
 * which stops the rest in order) with an IPC channel: if this process dies, even by SIGKILL, the
 * channel closes and each child stops itself, so none is left orphaned.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const ports = { ...defaultPorts, ...options.ports } as PerProcess<number>;
  const urls = Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [name, `http://localhost:${port}${name === 'web' ? '' : '/graphql'}`]),
  ) as PerProcess<string>;
  const portOf = (name: ProcessName): number => {
    const port = ports[name];
    if (port === undefined) throw new Error(`no process ${name}: the graph runs web, gateway and ${subgraphs.join(', ')}`);
    return port;
  };
  const log = options.log ?? ((name, line) => console.log(`[${name}] ${line}`));
  const children = new Map<ProcessName, ChildProcess>();
  const restarts = new Map<ProcessName, number>();
  let reportExit: (exit: { name: ProcessName; code: number | null }) => void = () => {};
  const exited = new Promise<{ name: ProcessName; code: number | null }>((resolve) => (reportExit = resolve));
  let stopping = false;

  // Every process learns where the subgraphs are (writes check references with their owners);
  // the gateway also learns where the web client is, and the web client where the gateway is.
  const environment = (name: ProcessName): NodeJS.ProcessEnv => ({
    PAMIR_TRUSTED_DOCUMENTS: trustedDocumentsFile,
    ...process.env,
    ...options.env,
    PORT: String(portOf(name)),
    ...subgraphUrlVariables(urls),
    // In the development loop a subgraph restarting is expected: the gateway tries it again after 1 s, not 10.
    ...(options.watch && name === 'gateway'
      ? { PAMIR_WATCH_SUPERGRAPH: 'true', PAMIR_CIRCUIT_OPEN_MS: process.env['PAMIR_CIRCUIT_OPEN_MS'] ?? '1000' }
      : {}),
    WEB_URL: urls.web,
    GATEWAY_URL: urls.gateway,
  });

  async function startProcess(name: ProcessName): Promise<void> {
    const recent: string[] = [];
    const fromSource = options.watch && subgraphs.includes(name) ? sourceCommand(name) : undefined;
    const child = spawn(process.execPath, [...(options.nodeArgs?.(name) ?? []), ...(fromSource?.args ?? [entryPoint(name)])], {
      cwd: fromSource?.cwd,
      env: environment(name),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    });
    children.set(name, child);
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          recent.push(line);
          if (recent.length > 20) recent.shift();
          log(name, line);
        }
      });
    }
    const startedAt = Date.now();
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const ready = waitUntilReady(portOf(name), options.readyTimeoutMs ?? 120_000, exit);
    const outcome = await Promise.race([ready.then(() => 'ready' as const), exit.then(() => 'exited' as const)]);
    if (outcome === 'exited') {
      children.delete(name);
      throw new Error(`${name} exited while starting:\n${recent.join('\n')}`);
    }
    // A process stopped on purpose has already left `children`; any other exit is news.
    void exit.then((code) => {
      if (children.get(name) !== child) return;
      children.delete(name);
      if (stopping) return;
      if (options.supervise) void restart(name, code, Date.now() - startedAt);
      else reportExit({ name, code });
    });
  }

  /** Brings a process that died back, waiting longer after each quick death. */
  async function restart(name: ProcessName, code: number | null, upMs: number): Promise<void> {
    const attempt = upMs > 60_000 ? 1 : (restarts.get(name) ?? 0) + 1;
    restarts.set(name, attempt);
    const delayMs = restartDelay(attempt);
    log('stack', `${name} exited unexpectedly (code ${code}); restarting in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt})`);
    await sleep(delayMs);
    if (stopping || children.has(name)) return;
    try {
      await startProcess(name);
      log('stack', `${name} is back`);
    } catch (error) {
      log('stack', (error as Error).message);
      if (!stopping) void restart(name, null, 0);
    }
  }

  async function stopProcess(name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<Ended> {
    const child = children.get(name);
    if (!child || child.exitCode !== null) return { code: child?.exitCode ?? null, signal: null };
    children.delete(name);
    const exit = new Promise<Ended>((resolve) => child.once('exit', (code, ended) => resolve({ code, signal: ended })));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const ended = await exit;
    clearTimeout(timer);
    return ended;
  }

  /** A saved change: recompose if the SDL changed, then restart that subgraph alone. */
  async function reload({ name, sdl }: { name: ProcessName; sdl: boolean }): Promise<void> {
    const started = performance.now();
    if (sdl && !(await compose((line) => log('stack', line)))) {
      log('stack', `${name}'s schema.graphql does not compose (above); the graph keeps serving the previous supergraph`);
    }
    await stopProcess(name);
    try {
      await startProcess(name);
      log('stack', `${name} restarted with your change in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      log('stack', `${(error as Error).message}\n(${name} starts again at the next save)`);
    }
  }
  let watcher: { close(): void } | undefined;

  async function stop(): Promise<void> {
    stopping = true;
    watcher?.close();
    // The web client and the gateway first, so no request reaches a subgraph that is going.
    for (const group of [['web', 'gateway'], subgraphs] as const) {
      await Promise.all(group.map((name) => stopProcess(name)));
    }
  }

  // Whatever ends this process, its children go with it.
  const killAll = () => {
    for (const child of children.values()) child.kill('SIGKILL');
  };
  process.once('exit', killAll);

  const aborted = new Promise<never>((_, reject) =>
    options.signal?.addEventListener('abort', () => reject(new Error('start aborted')), { once: true }),
  );
  aborted.catch(() => undefined);
  try {
    await Promise.race([
      (async () => {
        await Promise.all(subgraphs.map((name) => startProcess(name)));
        await startProcess('gateway');
        await startProcess('web');
      })(),
      aborted,
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  if (options.watch) watcher = watchSubgraphs(reload);
  return {
    urls,
    ports,
    pid: (name) => children.get(name)?.pid,
    stopProcess: (name) => stopProcess(name),
    killProcess: (name) => stopProcess(name, 'SIGKILL'),
    startProcess,
    exited,
    stop,
  };
}

/** Polls /ready until it answers 200, the process exits, or the time is up. */
async function waitUntilReady(port: number, timeoutMs: number, exit: Promise<unknown>): Promise<void> {
  let gone = false;
  void exit.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  if (!gone) throw new Error(`port ${port} was not ready after ${timeoutMs / 1000}s`);
}
