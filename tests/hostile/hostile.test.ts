import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { entryPoint, subgraphUrlVariables, type ProcessName } from '@pamir/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackDrivers } from '../kit/databases.js';
import { egressRecorder } from '../kit/egress.js';
import { eventually } from '../kit/eventually.js';
import { freePort } from '../kit/ports.js';
import { sharedGraph } from '../kit/shared.js';
import { hostileCases, send, type HostileCase } from './cases.js';

const trustedDocuments = fileURLToPath(new URL('../../apps/web/dist/trusted-documents.json', import.meta.url));

// What leaks from a server's insides: stack frames, file paths, driver and SQL words.
const internals = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.[jt]s:\d+|ECONNREFUSED|syntax error at or near|relation "|pg_catalog/;

// Hostile requests through the gateway, each with the status and code it must get: never a 500,
// never a crash, nothing internal in the answer; afterwards every process still answers, and
// none was restarted.
describe.each(stackDrivers())('hostile requests on %s', (driver) => {
  const graph = sharedGraph(driver);
  const processIds = new Map<ProcessName, number>();
  let onlyGateway: { url: string; stop: () => void } | undefined;

  const pidOf = async (name: ProcessName) =>
    ((await (await fetch(`http://127.0.0.1:${graph.address.ports[name]}/health`)).json()) as { pid: number }).pid;

  beforeAll(async () => {
    for (const name of Object.keys(graph.address.ports) as ProcessName[]) processIds.set(name, await pidOf(name));
    onlyGateway = await startGateway(graph.address.urls, graph.address.gatewaySecret, {
      PAMIR_TRUSTED_DOCUMENTS_MODE: 'only',
      PAMIR_TRUSTED_DOCUMENTS: trustedDocuments,
    });
  });
  afterAll(() => onlyGateway?.stop());

  it.each(hostileCases.map((hostile) => [hostile.name, hostile] as [string, HostileCase]))('%s', async (_, hostile) => {
    const target = hostile.mode === 'only' ? onlyGateway!.url : graph.address.urls.gateway;
    const { status, text } = await send(target, hostile);
    let code: unknown = null;
    try {
      code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? null;
    } catch {
      // not JSON: only a status to check
    }
    expect({ status, code }, text.slice(0, 300)).toEqual(hostile.expect);
    expect(text).not.toMatch(internals);
  });

  it('leaves every process answering, none of them restarted', async () => {
    for (const [name, pid] of processIds) expect(await pidOf(name), name).toBe(pid);
  });
});

/** One more gateway over the shared subgraphs, with settings of its own. */
async function startGateway(urls: Record<ProcessName, string>, gatewaySecret: string, env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [entryPoint('gateway')], {
    env: {
      ...process.env,
      NODE_OPTIONS: `--import ${egressRecorder}`,
      PORT: String(port),
      ...subgraphUrlVariables(urls),
      PAMIR_GATEWAY_SECRET: gatewaySecret,
      ...env,
    },
    // With an IPC channel: if this test's process dies, the gateway sees it close and stops.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  await eventually(async () => ((await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined))?.ok ? true : undefined));
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => child.kill('SIGKILL') };
}
