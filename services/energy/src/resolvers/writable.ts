import type { Database } from '@pamir/db';
import { parseInput, performWrite, type Current, type NamedReference } from '@pamir/server';
import type { z } from 'zod';
import type { Context } from '../context.js';
import { newReferences } from '../data/references.js';
import { findRow, setArchived, type ArchivableTable } from '../store/writes.js';

// The four writes every record of this subgraph has, on top of the shared pipeline (performWrite):
// what differs per kind of record is named once in a WritableKind.

export interface WritableKind<TRecord extends { id: string }, TTable extends ArchivableTable> {
  recordType: 'EnergyProject' | 'EnergyTarget';
  /** The data file's zod schema: inputs and merged patches are checked with it. */
  record: z.ZodType<TRecord>;
  table: TTable;
  read: (db: Database, id: string) => Promise<Current<TRecord & { archivedAt: string | null }> | undefined>;
  write: (tx: Database, record: TRecord, version: number) => Promise<void>;
  references: (record: TRecord, path: string) => NamedReference[];
}

const scope = 'write:energy';

export async function createRecord<TRecord extends { id: string }, TTable extends ArchivableTable>(
  kind: WritableKind<TRecord, TTable>,
  { db, auth, peers }: Context,
  input: { id: string },
): Promise<TTable['$inferSelect']> {
  await performWrite(db, auth, {
    mutation: `create${kind.recordType}`,
    scope,
    operation: 'CREATE',
    recordType: kind.recordType,
    recordId: input.id,
    validate: () => peers.requireReferences(kind.references(parseInput(kind.record, input), 'input')),
    read: (tx) => kind.read(tx, input.id),
    apply: (tx, version) => kind.write(tx, parseInput(kind.record, input), version),
  });
  return fresh(db, kind, input.id);
}

/** Merges the patch onto the record as it stands and writes the result whole. */
export async function updateRecord<TRecord extends { id: string }, TTable extends ArchivableTable>(
  kind: WritableKind<TRecord, TTable>,
  { db, auth, peers }: Context,
  id: string,
  version: number,
  patch: object,
): Promise<TTable['$inferSelect']> {
  const merge = (current: Current<TRecord>) =>
    parseInput(kind.record, { ...current.snapshot, ...patch, id }, 'patch');
  await performWrite(db, auth, {
    mutation: `update${kind.recordType}`,
    scope,
    operation: 'UPDATE',
    recordType: kind.recordType,
    recordId: id,
    expectedVersion: version,
    validate: async () => {
      // A look before the transaction, to check the patch and its new references outside it; a
      // record gone or changed since is refused inside (NOT_FOUND, CONFLICT).
      const current = await kind.read(db, id);
      if (current?.version !== version) return;
      const merged = merge(current);
      await peers.requireReferences(
        newReferences(kind.references(merged, 'patch'), kind.references(current.snapshot, 'patch')),
      );
    },
    read: (tx) => kind.read(tx, id),
    apply: (tx, next, current) => kind.write(tx, merge(existing(current)), next),
  });
  return fresh(db, kind, id);
}

/** Archives (leaves the lists, kept) or restores a record; nothing else about it changes. */
export async function archiveRecord<TRecord extends { id: string }, TTable extends ArchivableTable>(
  kind: WritableKind<TRecord, TTable>,
  { db, auth }: Context,
  id: string,
  version: number,
  archived: boolean,
): Promise<TTable['$inferSelect']> {
  await performWrite(db, auth, {
    mutation: `${archived ? 'archive' : 'restore'}${kind.recordType}`,
    scope,
    operation: archived ? 'ARCHIVE' : 'RESTORE',
    recordType: kind.recordType,
    recordId: id,
    expectedVersion: version,
    read: (tx) => kind.read(tx, id),
    apply: (tx, next) => setArchived(tx, kind.table, id, next, archived),
  });
  return fresh(db, kind, id);
}

/** performWrite hands an update the current state; it refuses a missing record before apply. */
function existing<T>(current: Current<T> | undefined): Current<T> {
  if (!current) throw new Error('an update needs the record as it stands');
  return current;
}

async function fresh<TTable extends ArchivableTable>(
  db: Database,
  kind: { recordType: string; table: TTable },
  id: string,
): Promise<TTable['$inferSelect']> {
  const row = await findRow(db, kind.table, id);
  if (!row) throw new Error(`${kind.recordType} ${id} vanished after being written`);
  return row;
}
