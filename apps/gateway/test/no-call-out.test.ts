import dns from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph } from './support/graph.js';

/**
 * Every connection and name lookup the process makes while the gateway starts and serves,
 * recorded where Node makes them. Nothing may go anywhere but this machine's subgraphs.
 */
const destinations: string[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back and applied to each socket
const connect = net.Socket.prototype.connect;
const lookup = dns.lookup;

describe('no call leaves the machine', () => {
  beforeAll(() => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const [first, second] = args as [unknown, unknown];
      const target =
        typeof first === 'object' && first !== null
          ? ((first as { host?: string; path?: string }).host ?? (first as { path?: string }).path ?? 'localhost')
          : typeof second === 'string'
            ? second
            : 'localhost';
      destinations.push(String(target));
      return (connect as (...rest: unknown[]) => net.Socket).apply(this, args);
    };
    dns.lookup = ((hostname: string, ...rest: unknown[]) => {
      destinations.push(hostname);
      return (lookup as (...all: unknown[]) => void)(hostname, ...rest);
    }) as typeof dns.lookup;
  });
  afterAll(() => {
    net.Socket.prototype.connect = connect;
    dns.lookup = lookup;
  });

  it('the gateway turns Apollo telemetry off itself, and calls only its subgraphs', async () => {
    delete process.env['APOLLO_TELEMETRY_DISABLED'];
    const graph = await startGraph();
    expect(process.env['APOLLO_TELEMETRY_DISABLED']).toBe('true');
    const answer = await graph.post({ query: '{ countries(first: 1) { nodes { events { totalCount } } } }' });
    expect(answer.status).toBe(200);
    await graph.close();
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host))).toEqual([]);
  });
});
