import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs, urlVariable, type SubgraphEntry } from '@pamir/subgraph-list';

/** The repository root: this file sits in `infra/src` (or `infra/dist`). */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** One thing that is built into an image and deployed: the gateway, the web client, or a subgraph. */
export interface Deployable {
  /** Its name: `gateway`, `web`, or the subgraph's name in services/subgraphs.json. */
  name: string;
  kind: 'gateway' | 'web' | 'subgraph';
  /** Its package, as `turbo prune` names it. */
  package: string;
  /** Its folder from the repository root, where its Dockerfile sits. */
  folder: string;
  /** The port it listens on when PORT is not set (its env.ts, or the web client's server.mjs). */
  port: number;
  /** A subgraph's entry in the list. */
  subgraph?: SubgraphEntry;
}

/** The gateway and the web client listen on these unless PORT says otherwise (apps/gateway/src/env.ts, apps/web/server.mjs). */
const gatewayPort = 4000;
const webPort = 3000;

/** Every deployable: the subgraphs as services/subgraphs.json lists them, then the gateway, then the web client. */
export const deployables: readonly Deployable[] = [
  ...subgraphs.map((subgraph): Deployable => ({
    name: subgraph.name,
    kind: 'subgraph',
    package: `@pamir/${subgraph.name}`,
    folder: `services/${subgraph.name}`,
    port: subgraph.port,
    subgraph,
  })),
  { name: 'gateway', kind: 'gateway', package: '@pamir/gateway', folder: 'apps/gateway', port: gatewayPort },
  { name: 'web', kind: 'web', package: '@pamir/web', folder: 'apps/web', port: webPort },
];

export const subgraphDeployables = deployables.filter((deployable) => deployable.kind === 'subgraph');

/** A subgraph's own database variable, which wins over DATABASE_URL: `<NAME>_DATABASE_URL`. */
export const databaseUrlVariable = (subgraph: string): string => `${subgraph.toUpperCase()}_DATABASE_URL`;

/** Where a deployable answers inside a cluster or a compose network: its service name and port. */
export const serviceUrl = (deployable: Deployable): string =>
  `http://${deployable.name}:${deployable.port}/graphql`;

/** `<NAME>_URL` for every subgraph, pointing at its service: what the gateway and every subgraph read. */
export function subgraphUrlEnvironment(): Record<string, string> {
  return Object.fromEntries(
    subgraphDeployables.map((deployable) => [urlVariable(deployable.name), serviceUrl(deployable)]),
  );
}

function rootPackageJson(): { packageManager: string } {
  return JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
    packageManager: string;
  };
}

/** The pnpm version the repository pins (`packageManager` in the root package.json), without its hash. */
export function pnpmVersion(): string {
  const match = /^pnpm@([0-9]+\.[0-9]+\.[0-9]+)/.exec(rootPackageJson().packageManager);
  if (!match?.[1]) throw new Error('the root package.json names no exact pnpm version in packageManager');
  return match[1];
}

/** The turbo version installed from the lockfile, so `turbo prune` in an image is the one the repository runs. */
export function turboVersion(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(repositoryRoot, 'node_modules/turbo/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}
