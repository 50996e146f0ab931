import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot, type Deployable } from '@pamir/infra';
import { subgraphEnv } from '@pamir/server';
import { gatewayEnv } from '../../../apps/gateway/src/env.js';

/**
 * An environment that records every variable a configuration parser looks up: the names a process
 * reads, found by running its own env.ts parser rather than by listing them again here.
 */
function recordingEnvironment(): { env: Record<string, string | undefined>; read: Set<string> } {
  const read = new Set<string>();
  const env = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key === 'string') read.add(key);
        return undefined;
      },
      has: (_target, key) => {
        if (typeof key === 'string') read.add(key);
        return false;
      },
    },
  );
  return { env, read };
}

/** The web client's server is plain JavaScript that starts when imported: its `process.env.X` reads, and PORT's default. */
function webServer(): { read: Set<string>; port: number } {
  const source = readFileSync(path.join(repositoryRoot, 'apps/web/server.mjs'), 'utf8');
  const read = new Set([...source.matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]!));
  const port = /process\.env\.PORT \?\? (\d+)/.exec(source)?.[1];
  if (!port)
    throw new Error(
      'apps/web/server.mjs no longer reads PORT with a default as `process.env.PORT ?? <port>`',
    );
  return { read, port: Number(port) };
}

/** What a deployable's process reads from its environment, and the port it listens on when PORT is unset. */
export function processConfiguration(deployable: Deployable): { read: Set<string>; port: number } {
  switch (deployable.kind) {
    case 'web':
      return webServer();
    case 'gateway': {
      const { env, read } = recordingEnvironment();
      return { read, port: gatewayEnv(env).PORT };
    }
    case 'subgraph': {
      const { env, read } = recordingEnvironment();
      return { read, port: subgraphEnv(deployable.name, env).port };
    }
  }
}
