import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { subgraphs, type Subgraph } from './processes.js';

const root = new URL('../../../', import.meta.url);
const folderOf = (name: Subgraph) => fileURLToPath(new URL(`services/${name}/`, root));

export interface SubgraphChange {
  name: Subgraph;
  /** The SDL changed too: the supergraph must be composed again before the subgraph restarts. */
  sdl: boolean;
}

/**
 * The development loop's eyes: calls `onChange` once a subgraph's code (src/, but not the
 * generated types) or its schema.graphql has been saved, the saves of one moment taken together.
 * Changes that arrive while `onChange` is still running are kept and passed on after it.
 */
export function watchSubgraphs(onChange: (change: SubgraphChange) => Promise<void>): { close(): void } {
  const pending = new Map<Subgraph, boolean>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const flush = () => {
    const changes = [...pending].map(([name, sdl]) => ({ name, sdl }));
    pending.clear();
    for (const change of changes) running = running.then(() => onChange(change)).catch(() => undefined);
  };
  const watchers: FSWatcher[] = subgraphs.map((name) =>
    watch(folderOf(name), { recursive: true }, (_event, file) => {
      if (!file) return;
      const sdl = file === 'schema.graphql';
      if (!sdl && !(file.startsWith('src/') && !file.startsWith('src/generated/'))) return;
      pending.set(name, (pending.get(name) ?? false) || sdl);
      clearTimeout(timer);
      timer = setTimeout(flush, 150);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** `pnpm compose` without pnpm: writes supergraph.graphql and schema.graphql, or says why it cannot. */
export function compose(log: (line: string) => void): Promise<boolean> {
  const folder = fileURLToPath(new URL('packages/supergraph/', root));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts'], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log));
  }
  return new Promise((resolve) => child.once('exit', (code) => resolve(code === 0)));
}

/** How a subgraph runs in the development loop: from its source, through tsx, from its own folder. */
export function sourceCommand(name: Subgraph): { args: string[]; cwd: string } {
  return { args: ['--conditions=source', '--import', 'tsx', 'src/index.ts'], cwd: folderOf(name) };
}
