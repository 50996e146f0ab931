import { fileURLToPath } from 'node:url';
import { subgraphs as listed, urlVariable } from '@pamir/subgraph-list';

/**
 * The processes of the graph, in start order: the subgraphs first (as services/subgraphs.json
 * lists them), then the gateway over them, then the web client that talks to the gateway.
 */
export const subgraphs: readonly Subgraph[] = listed.map((subgraph) => subgraph.name);
/** A subgraph's name, as the subgraph list has it. */
export type Subgraph = string;
/** `gateway`, `web`, or a subgraph's name. */
export type ProcessName = 'gateway' | 'web' | (Subgraph & {});
/** Something for every process: `web` and `gateway` always, each subgraph by its name. */
export type PerProcess<T> = Record<'gateway' | 'web', T> & Record<Subgraph, T>;

export const defaultPorts: PerProcess<number> = {
  web: 3000,
  gateway: 4000,
  ...Object.fromEntries(listed.map((subgraph) => [subgraph.name, subgraph.port])),
};

/** Where each subgraph answers, as the environment of another process says it: `{ <NAME>_URL: ... }`. */
export function subgraphUrlVariables(urls: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    subgraphs.map((name) => {
      const url = urls[name];
      if (!url) throw new Error(`no URL for the ${name} subgraph`);
      return [urlVariable(name), url];
    }),
  );
}

const root = new URL('../../../', import.meta.url);

/** The operations the web client and the IDE examples send, extracted when the web client is built. */
export const trustedDocumentsFile = fileURLToPath(new URL('apps/web/dist/trusted-documents.json', root));

/** The built entry point of each process. */
export function entryPoint(name: ProcessName): string {
  if (name === 'web') return fileURLToPath(new URL('apps/web/server.mjs', root));
  const folder = name === 'gateway' ? 'apps/gateway' : `services/${name}`;
  return fileURLToPath(new URL(`${folder}/dist/index.js`, root));
}
