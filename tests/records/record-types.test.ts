import { auditLog, revisions } from '@pamir/db';
import type { RecordType } from '@pamir/server';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, recordTypes, startSubgraphs, testDrivers, type RunningSubgraph } from './subgraphs.js';

// One table over every writable record type of every subgraph, driven by their declarations: a new
// type is covered here without a test of its own. Each row copies a curated record under a new key
// and takes it through the write path's rules.

describe.each(testDrivers())('every record type on %s', (driver) => {
  let graph: Awaited<ReturnType<typeof startSubgraphs>>;
  beforeAll(async () => {
    graph = await startSubgraphs(driver);
  });
  afterAll(() => graph?.stop());

  describe.each(recordTypes.map(([subgraph, type]) => ({ subgraph, type, name: type.type })))('$name ($subgraph)', ({ subgraph, type }) => {
    const key = type.key ?? 'id';
    const writer = caller('table-test', `write:${subgraph}`);
    const mutations = operations(type);
    let one: RunningSubgraph;
    let input: Record<string, unknown>;
    let newKey: string;

    beforeAll(async () => {
      one = graph.running.get(subgraph)!;
      const db = one.database.db;
      const [first] = (await db.select({ key: type.column }).from(type.table).orderBy(type.column).limit(1)) as { key: unknown }[];
      expect(first, `${type.type} has a curated record to copy`).toBeDefined();
      const record = await type.read(db, String(first!.key));
      newKey = /^[A-Z]{3}$/.test(String(first!.key)) ? 'QQQ' : `${String(first!.key)}-copy`;
      // Only what the SDL's input takes (a record may hold fields only its data file gives).
      input = { ...inputShape(one, `${type.type}Input`, record), [key]: newKey };
    });

    const rows = async (recordKey: string) =>
      (await one.database.db.select({ key: type.column }).from(type.table).where(eq(type.column, recordKey))).length;
    const revisionCount = async () =>
      (await one.database.db.select().from(revisions).where(and(eq(revisions.recordType, type.type), eq(revisions.recordId, newKey)))).length;
    const send = (query: string, variables: Record<string, unknown>) => one.as(writer).query(query, variables);

    it('creates a record whole, and reads back what was written', async () => {
      const created = await send(mutations.create, { input });
      expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      expect(created.data?.[`create${type.type}`]).toMatchObject({ version: 1, archivedAt: null });
      // Nothing the input gave is dropped on the way to the rows.
      const stored = await type.read(one.database.db, newKey);
      expect(inputShape(one, `${type.type}Input`, stored)).toEqual(inputShape(one, `${type.type}Input`, type.input.parse(input)));
      expect(await revisionCount()).toBe(1);
    });

    it('refuses a stale update with CONFLICT, and writes nothing', async () => {
      const stale = await send(mutations.update, { key: newKey, version: 7, patch: {} });
      expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(1);
      expect(await revisionCount()).toBe(1);
    });

    it('archives once, refuses to archive twice, and restores', async () => {
      const archived = await send(mutations.archive, { key: newKey, version: 1 });
      expect(archived.errors).toBeUndefined();
      const archivedRecord = archived.data?.[`archive${type.type}`] as { version: number; archivedAt: string | null };
      expect(archivedRecord.version).toBe(2);
      expect(archivedRecord.archivedAt).not.toBeNull();
      const again = await send(mutations.archive, { key: newKey, version: 2 });
      expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      const restored = await send(mutations.restore, { key: newKey, version: 2 });
      expect(restored.data?.[`restore${type.type}`]).toMatchObject({ version: 3, archivedAt: null });
      expect(await revisionCount()).toBe(3);
    });

    it('refuses invalid input naming the field, and writes no row', async () => {
      const badKey = key === 'code' ? 'qq' : 'Not A Slug';
      const before = await rows(badKey);
      const refused = await send(mutations.create, { input: { ...input, [key]: badKey } });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.['argument']).toBe(`input.${key}`);
      expect(await rows(badKey)).toBe(before);
    });

    it('audits the refused writes as well as the accepted ones', async () => {
      const entries = await one.database.db
        .select({ outcome: auditLog.outcome, operation: auditLog.operation })
        .from(auditLog)
        .where(and(eq(auditLog.recordType, type.type), sql`${auditLog.recordId} in (${newKey}, ${key === 'code' ? 'qq' : 'Not A Slug'})`))
        .orderBy(auditLog.id);
      expect(entries.map((entry) => entry.outcome)).toEqual(['ACCEPTED', 'CONFLICT', 'ACCEPTED', 'CONFLICT', 'ACCEPTED', 'BAD_USER_INPUT']);
    });

    it('refuses a caller without the scope, and audits it', async () => {
      const refused = await one.as(caller('reader', 'read')).query(mutations.archive, { key: newKey, version: 3 });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await revisionCount()).toBe(3);
    });
  });
});

/** The four mutations of a type, with the key argument under its own name. */
function operations(type: RecordType) {
  const key = type.key ?? 'id';
  const result = `{ ${key} version archivedAt }`;
  return {
    create: `mutation ($input: ${type.type}Input!) { create${type.type}(input: $input) ${result} }`,
    update: `mutation ($key: ID!, $version: Int!, $patch: ${type.type}Patch!) { update${type.type}(${key}: $key, version: $version, patch: $patch) ${result} }`,
    archive: `mutation ($key: ID!, $version: Int!) { archive${type.type}(${key}: $key, version: $version) ${result} }`,
    restore: `mutation ($key: ID!, $version: Int!) { restore${type.type}(${key}: $key, version: $version) ${result} }`,
  };
}

// Told apart by shape, not instanceof: the schema was built by another copy of graphql than this file's.
interface InputTypeLike {
  toString(): string;
  ofType?: InputTypeLike;
  getFields?: () => Record<string, { type: InputTypeLike }>;
}

/** A record cut down to the fields an input type takes, down into nested inputs. */
function inputShape(one: RunningSubgraph, inputName: string, value: unknown): Record<string, unknown> {
  const inputType = one.subgraph.graphSchema.getType(inputName) as InputTypeLike | undefined;
  if (!inputType?.getFields) throw new Error(`no input ${inputName}`);
  return pick(inputType, value) as Record<string, unknown>;
}

function pick(type: InputTypeLike, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type.ofType && type.toString().endsWith('!')) return pick(type.ofType, value);
  if (type.ofType) return (value as unknown[]).map((item) => pick(type.ofType!, item));
  if (!type.getFields) return value;
  const fields = type.getFields();
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, pick(field.type, (value as Record<string, unknown>)[name])]));
}
