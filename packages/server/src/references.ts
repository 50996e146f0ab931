import { groupBy } from '@pamir/db';
import { committedEntityOwners } from '@pamir/supergraph/committed';
import { GraphQLError } from 'graphql';
import { gatewaySecretHeader } from './headers.js';
import { invalidFields } from './input.js';

/** An entity another subgraph owns, as a write names it: where in the input, which type, which key. */
export interface NamedReference {
  path: string;
  typename: string;
  key: Record<string, string>;
}

/** Where each entity type's owner answers: `{ Place: 'http://localhost:4001/graphql', ... }`. */
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
  const byOwner = groupBy(references, (reference) => {
    const url = owners[reference.typename];
    if (!url) throw new Error(`no subgraph is configured to own ${reference.typename}`);
    return url;
  });
  const missing: NamedReference[] = [];
  await Promise.all(
    [...byOwner].map(async ([url, list]) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query:
            'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }',
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

/** A subgraph a service may ask: any name in the subgraph list (`services/subgraphs.json`). */
export type PeerName = string;

/** What a subgraph can ask the other subgraphs while it serves a request. */
export interface Peers {
  /** Refuses the write unless every named entity exists in its owning subgraph. */
  requireReferences(references: readonly NamedReference[]): Promise<void>;
  /**
   * Sends one operation to a peer, as the caller (their token goes along), and returns its data.
   * The peer's first error comes back as this request's error, with its code.
   */
  ask<TData>(peer: PeerName, query: string, variables?: Record<string, unknown>): Promise<TData>;
}

/**
 * Peers reached over HTTP, for one request: the gateway secret goes along where one is set, and
 * the caller's own `Authorization`, so a peer checks the caller's scopes, not this service's.
 * `urls` has every subgraph's URL by name; `ownerOf` names the subgraph that owns each entity
 * type (the committed supergraph's, as `subgraphEnv` reads it).
 */
export function peersAt(
  urls: Readonly<Record<PeerName, string>>,
  gatewaySecret?: string,
  authorization?: string,
  ownerOf: Readonly<Record<string, PeerName>> = ownersInSupergraph(),
): Peers {
  const owners: EntityOwners = {};
  for (const [typename, owner] of Object.entries(ownerOf)) {
    const url = urls[owner];
    if (!url) throw new Error(`${typename} is owned by the ${owner} subgraph, which has no URL (${owner.toUpperCase()}_URL)`);
    owners[typename] = url;
  }
  const headers: Record<string, string> = {
    ...(gatewaySecret ? { [gatewaySecretHeader]: gatewaySecret } : {}),
    ...(authorization ? { authorization } : {}),
  };
  return {
    requireReferences: (references) => requireReferences(owners, references, headers),
    ask: (peer, query, variables) => {
      const url = urls[peer];
      if (!url) return Promise.reject(new Error(`no subgraph ${peer} to ask: the subgraph list names ${Object.keys(urls).join(', ')}`));
      return askPeer(peer, url, query, variables, headers);
    },
  };
}

let committedOwners: Readonly<Record<string, PeerName>> | undefined;
/** The committed supergraph's entity owners, read once. */
function ownersInSupergraph(): Readonly<Record<string, PeerName>> {
  return (committedOwners ??= committedEntityOwners());
}

async function askPeer<TData>(
  peer: PeerName,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string>,
): Promise<TData> {
  let body: { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new GraphQLError(`the ${peer} subgraph could not be reached`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: peer },
      originalError: error as Error,
    });
  }
  const [first] = body.errors ?? [];
  if (first) {
    const { code, ...rest } = first.extensions ?? {};
    throw new GraphQLError(`${peer}: ${first.message}`, {
      extensions: {
        ...rest,
        code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
        serviceName: peer,
      },
    });
  }
  if (!body.data) throw new Error(`the ${peer} subgraph answered without data`);
  return body.data;
}

/** For contexts made outside a running process: refuses to vouch for any reference. */
export const noPeers: Peers = {
  requireReferences: () => Promise.reject(new Error('this context has no peers to check references with')),
  ask: () => Promise.reject(new Error('this context has no peers to ask')),
};
