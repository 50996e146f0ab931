import type { RequestAuth } from '@pamir/auth';
import { createTestDatabase, testDrivers } from '@pamir/db/testing';
import type { DatabaseHandle } from '@pamir/db';
import { invalidFields, type NamedReference, type Peers, type RecordType } from '@pamir/server';
import { subgraphClient, type TestResult } from '@pamir/server/testing';
import { subgraphModules, type AnySubgraph } from '../kit/subgraph-modules.js';

// Every subgraph in this process, each on its own database loaded with its curated data, asking
// the others about references in-process: the real write path end to end, without the network, so
// a test can reach into each database to check what was (and was not) written.

export type { AnySubgraph };
export const subgraphs = subgraphModules;
export { testDrivers };

export interface RunningSubgraph {
  subgraph: AnySubgraph;
  database: DatabaseHandle<Record<string, unknown>>;
  /** Runs an operation as the caller, with peers that may be swapped (to slow one down). */
  as(auth: RequestAuth, peers?: Peers): { query(query: string, variables?: Record<string, unknown>): Promise<TestResult> };
}

export async function startSubgraphs(driver: 'pglite' | 'postgres') {
  const stops: (() => Promise<void>)[] = [];
  const running = new Map<string, RunningSubgraph>();
  // The owner of an entity type is the subgraph that declares it as a record type.
  const ownerOf = (typename: string) =>
    [...running.values()].find((one) => one.subgraph.recordTypes.some((type) => type.type === typename));

  /** Peers answering from the owning subgraphs' own tables, as their `_entities` would. */
  const peers: Peers = {
    async requireReferences(references: readonly NamedReference[]) {
      const problems: { path: string; message: string }[] = [];
      for (const reference of references) {
        const owner = ownerOf(reference.typename);
        const type = owner?.subgraph.recordTypes.find((one) => one.type === reference.typename);
        const key = String(Object.values(reference.key)[0]);
        const found = owner && type ? await type.read(owner.database.db, key) : undefined;
        if (!found) problems.push({ path: reference.path, message: `no ${reference.typename} ${key} exists` });
      }
      if (problems.length) throw invalidFields(problems);
    },
    ask: () => Promise.reject(new Error('not used by record writes')),
  };

  for (const subgraph of subgraphs) {
    const database = await createTestDatabase<Record<string, unknown>>(driver, {
      service: subgraph.name,
      schema: subgraph.tables,
      migrationsFolder: subgraph.migrationsFolder,
      seed: (handle) => subgraph.loadCuratedData(handle.db).then(() => undefined),
    });
    let context: { auth: RequestAuth; peers: Peers } = { auth: {}, peers };
    const client = await subgraphClient(subgraph.graphSchema, () =>
      subgraph.createContext(database.db as never, context.auth, context.peers),
    );
    running.set(subgraph.name, {
      subgraph,
      database,
      as: (auth, own = peers) => ({
        query(query, variables) {
          // The context is made when the operation starts, so swapping it around the call is safe.
          context = { auth, peers: own };
          try {
            return client.query(query, variables);
          } finally {
            context = { auth: {}, peers };
          }
        },
      }),
    });
    stops.push(async () => {
      await client.stop();
      await database.close();
    });
  }
  return { running, peers, stop: () => Promise.all(stops.splice(0).map((stop) => stop())) };
}

/** Every writable record type of every subgraph, with its subgraph's name. */
export const recordTypes: [string, RecordType][] = subgraphs.flatMap((subgraph) =>
  subgraph.recordTypes.map((type): [string, RecordType] => [subgraph.name, type]),
);

/** A caller with the given scopes, as a verified token would say. */
export function caller(subject: string, ...scopes: string[]): RequestAuth {
  return { caller: { subject, scopes: new Set(scopes) } };
}
