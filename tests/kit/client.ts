import { localAudience, localIssuer, mintToken } from '@pamir/auth';
import { gatewaySecretHeader } from '@pamir/server';
import type { PerProcess, ProcessName } from '@pamir/stack';

/** Where a running graph is and the secrets it was started with. */
export interface GraphAddress {
  driver: 'pglite' | 'postgres';
  urls: PerProcess<string>;
  ports: PerProcess<number>;
  jwtSecret: string;
  gatewaySecret: string;
}

export interface GraphResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** How a test speaks to a running graph, whoever started it. */
export interface GraphClient {
  /** Sends a GraphQL request to the gateway (or a subgraph) and returns the parsed body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { target?: ProcessName; token?: string; headers?: Record<string, string> },
  ): Promise<GraphResult<T>>;
  /** A token this graph accepts, signed with its secret. */
  token(scopes: string[], subject?: string, expiresIn?: string): Promise<string>;
  /** A counter from a process's /metrics. */
  metric(name: ProcessName, metric: string): Promise<number>;
}

export function graphClient(address: GraphAddress): GraphClient {
  return {
    async query(query, variables, { target = 'gateway', token, headers = {} } = {}) {
      // A test that asks a subgraph directly speaks as the gateway would.
      const secret = target === 'gateway' ? undefined : address.gatewaySecret;
      const url = address.urls[target];
      if (!url) throw new Error(`no process ${target} in this graph`);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(secret ? { [gatewaySecretHeader]: secret } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    token: (scopes, subject = 'tester', expiresIn = '1h') =>
      mintToken({ secret: address.jwtSecret, issuer: localIssuer, audience: localAudience, subject, scopes, expiresIn }),
    async metric(name, metric) {
      const text = await (await fetch(`http://127.0.0.1:${address.ports[name]}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${metric} `));
      if (!line) throw new Error(`${name} has no metric ${metric}`);
      return Number(line.split(' ')[1]);
    },
  };
}
