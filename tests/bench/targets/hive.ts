import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from '../../kit/ports.js';
import { startProcess, type Started } from '../../kit/process.js';

// Hive Gateway on the same committed supergraph and the same running subgraphs: its URLs are the
// supergraph's `@join__graph(url:)` values, so it gets a copy pointing at them. Default settings
// (its merging of identical in-flight requests included, no response cache); `rust` switches to
// its Rust query planner and executor.

const require = createRequire(import.meta.url);
const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist/bin.js');

export async function startHive(options: {
  supergraph: string;
  subgraphUrls: Readonly<Record<string, string>>;
  workDir: string;
  rust: boolean;
}): Promise<Started & { url: string }> {
  const file = path.join(options.workDir, `supergraph-${options.rust ? 'rust' : 'default'}.graphql`);
  const withUrls = options.supergraph.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "${options.subgraphUrls[name]}")`,
  );
  await writeFile(file, withUrls);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const args = [bin, 'supergraph', file, '--host', '127.0.0.1', '--port', String(port), '--polling', '24h'];
  if (options.rust) args.push('--hive-router-runtime');
  const started = await startProcess(process.execPath, args, {
    cwd: options.workDir,
    env: { NODE_ENV: 'production' },
    url,
    name: options.rust ? 'Hive Gateway (Rust planner)' : 'Hive Gateway',
  });
  return { ...started, url };
}
