import type { Database } from '@pamir/db';
import { conflict, notFound, parseInput, performWrite, type Current, type Peers } from '@pamir/server';
import type { z } from 'zod';
import type { Context } from '../context.js';

// Create, update, archive and restore for one kind of record, on the shared write pipeline. What
// differs between agreements and engagements (schema, storage, references) comes in a RecordKind.

const scope = 'write:diplomacy';

/** What the pipeline needs to know about one kind of record. */
export interface RecordKind<TRecord extends { id: string }, TSnapshot extends Record<string, unknown> & { archivedAt: string | null }> {
  /** The GraphQL type: `Agreement`. */
  type: string;
  /** The data file's zod schema, which inputs are held to as well. */
  schema: z.ZodType<TRecord>;
  read: (tx: Database, id: string) => Promise<Current<TSnapshot> | undefined>;
  write: (tx: Database, record: TRecord, version: number, exists: boolean) => Promise<void>;
  setArchived: (tx: Database, id: string, version: number, archived: boolean) => Promise<void>;
  /** Refuses references to entities that do not exist; with a patch, only those the patch sets. */
  checkReferences: (db: Database, peers: Peers, record: TRecord, argument: string, patch?: object) => Promise<void>;
}

export function recordWrites<TRecord extends { id: string }, TSnapshot extends Record<string, unknown> & { archivedAt: string | null }>(
  kind: RecordKind<TRecord, TSnapshot>,
) {
  const base = (mutation: string, id: string) => ({ mutation: `${mutation}${kind.type}`, scope, recordType: kind.type, recordId: id }) as const;

  /** Archive and restore differ only in the direction. */
  const setArchived = (archived: boolean) => async ({ db, auth }: Context, id: string, version: number) =>
    performWrite(db, auth, {
      ...base(archived ? 'archive' : 'restore', id),
      operation: archived ? 'ARCHIVE' : 'RESTORE',
      expectedVersion: version,
      read: (tx) => kind.read(tx, id),
      apply: async (tx, next, current) => {
        if (!!current?.snapshot.archivedAt === archived) {
          throw conflict(`${kind.type} ${id} is ${archived ? 'already' : 'not'} archived`, current?.version);
        }
        await kind.setArchived(tx, id, next, archived);
      },
    });

  return {
    async create({ db, auth, peers }: Context, input: { id: string }): Promise<void> {
      // Parsed in `validate`, so a caller without the scope is refused before their input is looked at.
      let record: TRecord | undefined;
      await performWrite(db, auth, {
        ...base('create', input.id),
        operation: 'CREATE',
        validate: async () => {
          record = parseInput(kind.schema, input, 'input');
          await kind.checkReferences(db, peers, record, 'input');
        },
        read: (tx) => kind.read(tx, input.id),
        apply: (tx, version) => {
          if (!record) throw new Error('the input is parsed before it is written');
          return kind.write(tx, record, version, false);
        },
      });
    },

    async update({ db, auth, peers }: Context, id: string, version: number, patch: object): Promise<void> {
      await performWrite(db, auth, {
        ...base('update', id),
        operation: 'UPDATE',
        expectedVersion: version,
        read: (tx) => kind.read(tx, id),
        // The patch is merged onto the locked current state, so the merged record is the one checked and written.
        apply: async (tx, next, current) => {
          if (!current) throw notFound(`${kind.type} ${id} does not exist`);
          const record = parseInput(kind.schema, { ...current.snapshot, ...patch, id }, 'patch');
          await kind.checkReferences(tx, peers, record, 'patch', patch);
          await kind.write(tx, record, next, true);
        },
      });
    },

    archive: setArchived(true),
    restore: setArchived(false),
  };
}
