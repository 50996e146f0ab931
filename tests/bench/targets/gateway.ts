import { entryPoint, subgraphUrlVariables } from '@pamir/stack';
import { freePort } from '../../kit/ports.js';
import { startProcess, type Started } from '../../kit/process.js';

/** Another Pamir gateway over the same running subgraphs, with this many worker processes. */
export async function startGateway(subgraphUrls: Readonly<Record<string, string>>, workers: number): Promise<Started & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = await startProcess(process.execPath, [entryPoint('gateway')], {
    cwd: process.cwd(),
    env: { ...subgraphUrlVariables(subgraphUrls), NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', PAMIR_GATEWAY_WORKERS: String(workers) },
    url,
    name: `the gateway with ${workers} workers`,
  });
  return { ...started, url };
}
