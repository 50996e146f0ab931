import { fileURLToPath } from 'node:url';
import { freePort } from '../../kit/ports.js';
import { startProcess, type Started } from '../../kit/process.js';

/** The bare HTTP handler (bare/server.ts) on the security subgraph's bench database. */
export async function startBare(env: Record<string, string>): Promise<Started & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = await startProcess(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL('../bare/server.ts', import.meta.url))],
    { cwd: fileURLToPath(new URL('../../', import.meta.url)), env: { ...env, NODE_ENV: 'production', BARE_PORT: String(port) }, url, name: 'the bare handler' },
  );
  return { ...started, url };
}
