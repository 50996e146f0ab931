import { fileURLToPath } from 'node:url';

/**
 * The processes of the graph, in start order: the subgraphs first, then the gateway over them,
 * then the web client that talks to the gateway.
 */
export const subgraphs = ['reference', 'security', 'diplomacy', 'energy'] as const;
export type Subgraph = (typeof subgraphs)[number];
export type ProcessName = Subgraph | 'gateway' | 'web';

export const defaultPorts: Record<ProcessName, number> = {
  web: 3000,
  gateway: 4000,
  reference: 4001,
  security: 4002,
  diplomacy: 4003,
  energy: 4004,
};

const root = new URL('../../../', import.meta.url);

/** The operations the web client and the IDE examples send, extracted when the web client is built. */
export const trustedDocumentsFile = fileURLToPath(new URL('apps/web/dist/trusted-documents.json', root));

/** The built entry point of each process. */
export function entryPoint(name: ProcessName): string {
  if (name === 'web') return fileURLToPath(new URL('apps/web/server.mjs', root));
  const folder = name === 'gateway' ? 'apps/gateway' : `services/${name}`;
  return fileURLToPath(new URL(`${folder}/dist/index.js`, root));
}
