import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabases } from '../kit/databases.js';
import { eventually } from '../kit/eventually.js';
import { startTestStack, type TestStack } from '../kit/stack.js';
import { startTcpProxy, type TcpProxy } from '../kit/tcp-proxy.js';

interface Answer {
  country: { name: string } | null;
  securityEvents: { totalCount: number } | null;
}
const query = `{ country(code: "TJK") { name } securityEvents { totalCount } }`;

// The security subgraph reaches its Postgres server through a relay the test can take down: to
// the subgraph that is a server restart (every connection cut, new ones refused, then accepted).
// It must ride it out: no exit, /ready says the database is away, its fields fail with a code,
// and it answers again by itself when the server is back.
describe.skipIf(!process.env['TEST_DATABASE_URL'])('the security database restarting under its subgraph', () => {
  let stack: TestStack;
  let proxy: TcpProxy;
  const database = `pamir_e2e_restart_${process.pid}`;
  beforeAll(async () => {
    const server = new URL(process.env['TEST_DATABASE_URL']!);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const viaProxy = new URL(server);
    viaProxy.port = String(proxy.port);
    viaProxy.pathname = `/${database}`;
    stack = await startTestStack('postgres', { env: { SECURITY_DATABASE_URL: viaProxy.toString() } });
  });
  afterAll(async () => {
    await stack?.stop();
    await proxy?.close();
    await dropDatabases([database]);
  });

  const ready = async () => (await fetch(`http://127.0.0.1:${stack.ports.security}/ready`)).status;

  it('reports the database away, keeps running, and recovers without a restart', async () => {
    const pid = stack.pid('security');
    expect((await stack.query<Answer>(query)).errors).toBeUndefined();

    await proxy.down();
    const away = await eventually(async () => {
      const result = await stack.query<Answer>(query);
      return result.errors ? result : undefined;
    });
    expect(away.data?.country?.name).toBe('Tajikistan');
    expect(away.data?.securityEvents).toBeNull();
    expect(away.errors?.[0]).toMatchObject({
      path: ['securityEvents'],
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'security' },
    });
    expect(JSON.stringify(away)).not.toMatch(/ECONN|postgres|127\.0\.0\.1|at \w+ \(/);
    expect(await ready()).toBe(503);

    await proxy.up();
    await eventually(async () => ((await ready()) === 200 ? true : undefined));
    const back = await eventually(async () => {
      const result = await stack.query<Answer>(query);
      return result.errors ? undefined : result;
    });
    expect(back.data?.securityEvents?.totalCount).toBeGreaterThan(0);
    expect(stack.pid('security')).toBe(pid);
  });
});
