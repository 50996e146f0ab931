import type { Database } from '@pamir/db';
import type { Current, NamedReference } from '@pamir/server';
import type { z } from 'zod';

/** A record as a revision keeps it: its data-file shape, plus `archivedAt` while archived. */
export type Snapshot<TRecord> = TRecord & { archivedAt?: string };

/**
 * What the shared write operations need to know about one writable type: how to validate it, and
 * how to read, write, archive and load it. One of these per type, in this folder.
 */
export interface Writable<TRecord extends Record<string, unknown>, TRow> {
  recordType: 'Country' | 'Place' | 'Organization' | 'Person' | 'SourceDocument';
  /** The zod schema of the data file, reused for inputs. */
  record: z.ZodType<TRecord>;
  /** The record's state, locked for the transaction (`for update`); undefined when absent. */
  read: (db: Database, key: string) => Promise<Current<Snapshot<TRecord>> | undefined>;
  /** Writes the whole record (row, child rows, citations) at `version`; `exists` says update or insert. */
  write: (db: Database, record: TRecord, version: number, exists: boolean) => Promise<void>;
  /** Sets or clears `archived_at` and moves to `version`. */
  setArchived: (db: Database, key: string, version: number, archived: boolean) => Promise<void>;
  /** The fresh row, for the mutation's result. */
  load: (db: Database, key: string) => Promise<TRow | undefined>;
  /** The records this one names, with the input path of each (`input.roles.0.organization`). */
  references: (record: TRecord, argument: string) => NamedReference[];
}
