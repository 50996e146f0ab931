import { conflict, parseInput, performWrite } from '@pamir/server';
import type { Context } from '../context.js';
import type { Writable } from '../store/records/writable.js';
import { requireKnown } from '../store/references.js';

// The four writes every reference type offers, on top of the shared pipeline (scope, version,
// revision, audit). Inputs are checked inside the pipeline, so a refused input is audited too.

const scope = 'write:reference';

export async function createRecord<TRecord extends Record<string, unknown>, TRow>(
  { db, auth }: Context,
  type: Writable<TRecord, TRow>,
  input: object,
  key: string,
): Promise<TRow> {
  let record: TRecord | undefined;
  await performWrite(db, auth, {
    mutation: `create${type.recordType}`,
    scope,
    operation: 'CREATE',
    recordType: type.recordType,
    recordId: key,
    validate: async () => {
      record = parseInput(type.record, input, 'input');
      await requireKnown(db, type.references(record, 'input'));
    },
    read: (tx) => type.read(tx, key),
    apply: (tx, version) => type.write(tx, record!, version, false),
  });
  return fresh(db, type, key);
}

/** Merges the patch onto the record as it stands, then checks and writes the result whole. */
export async function updateRecord<TRecord extends Record<string, unknown>, TRow>(
  { db, auth }: Context,
  type: Writable<TRecord, TRow>,
  key: string,
  version: number,
  patch: object,
): Promise<TRow> {
  await performWrite(db, auth, {
    mutation: `update${type.recordType}`,
    scope,
    operation: 'UPDATE',
    recordType: type.recordType,
    recordId: key,
    expectedVersion: version,
    read: (tx) => type.read(tx, key),
    apply: async (tx, next, current) => {
      const record = parseInput(type.record, { ...current!.snapshot, ...patch }, 'patch');
      await requireKnown(tx, type.references(record, 'patch'));
      await type.write(tx, record, next, true);
    },
  });
  return fresh(db, type, key);
}

/** Archives (`archived` true) or restores a record; doing either twice is a CONFLICT. */
export async function archiveRecord<TRecord extends Record<string, unknown>, TRow>(
  { db, auth }: Context,
  type: Writable<TRecord, TRow>,
  key: string,
  version: number,
  archived: boolean,
): Promise<TRow> {
  await performWrite(db, auth, {
    mutation: `${archived ? 'archive' : 'restore'}${type.recordType}`,
    scope,
    operation: archived ? 'ARCHIVE' : 'RESTORE',
    recordType: type.recordType,
    recordId: key,
    expectedVersion: version,
    read: (tx) => type.read(tx, key),
    apply: async (tx, next, current) => {
      if (!!current!.snapshot.archivedAt === archived) {
        throw conflict(`${type.recordType} ${key} is ${archived ? 'already' : 'not'} archived`, current!.version);
      }
      await type.setArchived(tx, key, next, archived);
    },
  });
  return fresh(db, type, key);
}

/** The row as it stands after the write (not from a loader primed before it). */
async function fresh<TRecord extends Record<string, unknown>, TRow>(
  db: Context['db'],
  type: Writable<TRecord, TRow>,
  key: string,
): Promise<TRow> {
  const row = await type.load(db, key);
  if (!row) throw new Error(`${type.recordType} ${key} vanished after being written`);
  return row;
}
