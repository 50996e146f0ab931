import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultPorts, entryPoint, subgraphs, type ProcessName } from './processes.js';

export interface StackOptions {
  /** Ports per process; missing ones take the defaults (3000, 4000–4004). */
  ports?: Partial<Record<ProcessName, number>>;
  /** Extra environment for every process (DATABASE_URL, PAMIR_DATA_DIR, PAMIR_JWT_SECRET ...). */
  env?: Record<string, string | undefined>;
  /** Where each output line goes; defaults to this process's stdout, prefixed with its name. */
  log?: (name: ProcessName, line: string) => void;
  /** How long a process may take to become ready. */
  readyTimeoutMs?: number;
  /** Aborting it while the stack starts stops what has started and rejects. */
  signal?: AbortSignal;
}

export interface Stack {
  urls: Record<ProcessName, string>;
  ports: Record<ProcessName, number>;
  /** Stops one process (for fault tests); `start` brings it back on the same port. */
  stopProcess(name: ProcessName): Promise<void>;
  /** Kills one process outright (SIGKILL), as a crash or an evicted pod would end it. */
  killProcess(name: ProcessName): Promise<void>;
  startProcess(name: ProcessName): Promise<void>;
  /** Resolves when any process exits on its own, with its name and exit code. */
  exited: Promise<{ name: ProcessName; code: number | null }>;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs, waits until each answers /ready, then starts the gateway over them.
 * A process that exits while starting fails the whole start with its last output lines.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const ports = { ...defaultPorts, ...options.ports };
  const urls = Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [name, `http://localhost:${port}${name === 'web' ? '' : '/graphql'}`]),
  ) as Record<ProcessName, string>;
  const log = options.log ?? ((name, line) => console.log(`[${name}] ${line}`));
  const children = new Map<ProcessName, ChildProcess>();
  let reportExit: (exit: { name: ProcessName; code: number | null }) => void = () => {};
  const exited = new Promise<{ name: ProcessName; code: number | null }>((resolve) => (reportExit = resolve));
  let stopping = false;

  // Every process learns where the subgraphs are (writes check references with their owners);
  // the gateway also learns where the web client is, and the web client where the gateway is.
  const environment = (name: ProcessName): NodeJS.ProcessEnv => ({
    ...process.env,
    ...options.env,
    PORT: String(ports[name]),
    REFERENCE_URL: urls.reference,
    SECURITY_URL: urls.security,
    DIPLOMACY_URL: urls.diplomacy,
    ENERGY_URL: urls.energy,
    WEB_URL: urls.web,
    GATEWAY_URL: urls.gateway,
  });

  async function startProcess(name: ProcessName): Promise<void> {
    const recent: string[] = [];
    const child = spawn(process.execPath, [entryPoint(name)], {
      env: environment(name),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.set(name, child);
    for (const stream of [child.stdout, child.stderr]) {
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
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    void exit.then((code) => {
      // A process stopped on purpose has already left `children`; any other exit is news.
      if (children.get(name) !== child) return;
      children.delete(name);
      if (!stopping) reportExit({ name, code });
    });
    const ready = waitUntilReady(ports[name], options.readyTimeoutMs ?? 120_000);
    const outcome = await Promise.race([ready.then(() => 'ready' as const), exit.then(() => 'exited' as const)]);
    if (outcome === 'exited') {
      throw new Error(`${name} exited while starting:\n${recent.join('\n')}`);
    }
  }

  async function stopProcess(name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = children.get(name);
    if (!child || child.exitCode !== null) return;
    children.delete(name);
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  }

  async function stop(): Promise<void> {
    stopping = true;
    await Promise.all([...children.keys()].map((name) => stopProcess(name)));
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
  return {
    urls,
    ports,
    stopProcess: (name) => stopProcess(name),
    killProcess: (name) => stopProcess(name, 'SIGKILL'),
    startProcess,
    exited,
    stop,
  };
}

async function waitUntilReady(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`port ${port} was not ready after ${timeoutMs / 1000}s`);
}
