import { gatewaySecretHeader } from './http.js';
import { invalidFields } from './input.js';

/** An entity another subgraph owns, as a write names it: where in the input, which type, which key. */
export interface NamedReference {
  path: string;
  typename: string;
  key: Record<string, string>;
}

/** Where each entity type lives: `{ Place: 'http://localhost:4001/graphql', ... }`. */
export type EntityOwners = Record<string, string>;

/**
 * Checks that every entity a write refers to exists in the subgraph that owns it, with one
 * `_entities` request per owner. Refuses the write naming each missing reference's field.
 */
export async function requireReferences(
  owners: EntityOwners,
  references: readonly NamedReference[],
  headers: Record<string, string> = {},
): Promise<void> {
  const byOwner = new Map<string, NamedReference[]>();
  for (const reference of references) {
    const url = owners[reference.typename];
    if (!url) throw new Error(`no subgraph is configured to own ${reference.typename}`);
    byOwner.set(url, [...(byOwner.get(url) ?? []), reference]);
  }
  const missing: NamedReference[] = [];
  await Promise.all(
    [...byOwner].map(async ([url, list]) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }',
          variables: { representations: list.map((r) => ({ __typename: r.typename, ...r.key })) },
        }),
      });
      const body = (await response.json()) as { data?: { _entities?: (object | null)[] } };
      const found = body.data?._entities;
      if (!found) throw new Error(`could not check references with ${url} (HTTP ${response.status})`);
      list.forEach((reference, i) => {
        if (!found[i]) missing.push(reference);
      });
    }),
  );
  if (missing.length) {
    throw invalidFields(
      missing.map((reference) => ({
        path: reference.path,
        message: `no ${reference.typename} ${Object.values(reference.key).join(', ')} exists`,
      })),
    );
  }
}

/** What a subgraph can ask the other subgraphs while it serves a request. */
export interface Peers {
  /** Refuses the write unless every named entity exists in its owning subgraph. */
  requireReferences(references: readonly NamedReference[]): Promise<void>;
}

/** Entity types and the subgraph that owns each. */
const ownerOf: Record<string, 'reference' | 'energy'> = {
  Country: 'reference',
  Place: 'reference',
  Organization: 'reference',
  Person: 'reference',
  SourceDocument: 'reference',
  EnergyProject: 'energy',
};

/** Peers reached over HTTP, carrying the gateway secret where one is set. */
export function peersAt(urls: { reference: string; energy: string }, gatewaySecret?: string): Peers {
  const owners = Object.fromEntries(Object.entries(ownerOf).map(([typename, owner]) => [typename, urls[owner]]));
  const headers: Record<string, string> = gatewaySecret ? { [gatewaySecretHeader]: gatewaySecret } : {};
  return { requireReferences: (references) => requireReferences(owners, references, headers) };
}

/** For contexts made outside a running process: refuses to vouch for any reference. */
export const noPeers: Peers = {
  requireReferences: () => Promise.reject(new Error('this context has no peers to check references with')),
};
