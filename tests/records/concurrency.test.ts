import { revisions } from '@pamir/db';
import type { Peers } from '@pamir/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, recordTypes, startSubgraphs, testDrivers } from './subgraphs.js';

// Two writers of one record take turns on its row lock; a peer that is slow to answer about
// references holds no lock at all, because references are asked before the transaction opens.

const update = (type: string, key: string) =>
  `mutation ($key: ID!, $version: Int!, $patch: ${type}Patch!) { update${type}(${key}: $key, version: $version, patch: $patch) { version } }`;

async function firstKey(graph: Awaited<ReturnType<typeof startSubgraphs>>, subgraph: string, type: (typeof recordTypes)[number][1]) {
  const db = graph.running.get(subgraph)!.database.db;
  const [first] = (await db.select({ key: type.column }).from(type.table).orderBy(type.column).limit(1)) as { key: unknown }[];
  return String(first!.key);
}

describe.runIf(testDrivers().includes('postgres'))('two updates of one record at one version, on the Postgres server', () => {
  let graph: Awaited<ReturnType<typeof startSubgraphs>>;
  beforeAll(async () => {
    graph = await startSubgraphs('postgres');
  });
  afterAll(() => graph?.stop());

  it.each(recordTypes.map(([subgraph, type]) => ({ subgraph, type, name: type.type })))(
    '$name: exactly one wins, the other hears CONFLICT, one revision is written',
    async ({ subgraph, type }) => {
      const one = graph.running.get(subgraph)!;
      const key = await firstKey(graph, subgraph, type);
      const writer = caller('racer', `write:${subgraph}`);
      const operation = update(type.type, type.key ?? 'id');
      const results = await Promise.all([1, 2].map(() => one.as(writer).query(operation, { key, version: 1, patch: {} })));
      const codes = results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const written = await one.database.db
        .select()
        .from(revisions)
        .where(and(eq(revisions.recordType, type.type), eq(revisions.recordId, key)));
      expect(written).toHaveLength(1);
    },
  );
});

describe.each(testDrivers())('a slow peer on %s', (driver) => {
  let graph: Awaited<ReturnType<typeof startSubgraphs>>;
  beforeAll(async () => {
    graph = await startSubgraphs(driver);
  });
  afterAll(() => graph?.stop());

  // A type that names another subgraph's entity in a field of its own (not in a list).
  const ours = (subgraph: string, typename: string) => recordTypes.some(([owner, t]) => owner === subgraph && t.type === typename);
  const remoteField = ([subgraph, declared]: (typeof recordTypes)[number]) =>
    Object.entries(declared.references).find(([path, target]) => !path.includes('*') && !ours(subgraph, target.split('.')[0]!));
  const chosen = recordTypes.find((entry) => remoteField(entry))!;
  const [subgraph, type] = chosen;
  const [path, target] = remoteField(chosen)!;

  it(`holds no row lock while it answers (${type.type}.${path})`, async () => {
    const one = graph.running.get(subgraph)!;
    const key = await firstKey(graph, subgraph, type);
    const writer = caller('writer', `write:${subgraph}`);
    const operation = update(type.type, type.key ?? 'id');

    // A peer that answers only when told to.
    let answer!: () => void;
    let asked!: () => void;
    const wasAsked = new Promise<void>((resolve) => (asked = resolve));
    const slow: Peers = {
      requireReferences: () => {
        asked();
        return new Promise<void>((resolve) => (answer = resolve));
      },
      ask: () => Promise.reject(new Error('not used')),
    };

    // The first write names a new entity and waits on the slow peer ...
    const value = target.endsWith('.code') ? 'QQQ' : 'a-new-entity';
    const first = one.as(writer, slow).query(operation, { key, version: 1, patch: { [path]: value } });
    await wasAsked;
    // ... while a second write of the same record goes through: nothing holds its row.
    const second = await one.as(writer).query(operation, { key, version: 1, patch: {} });
    expect(second.errors).toBeUndefined();
    expect(second.data?.[`update${type.type}`]).toEqual({ version: 2 });

    // Once the peer answers, the first finds the record changed since it was read.
    answer();
    const late = await first;
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });
});
