import type { Database } from '@pamir/db';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';

/** A table whose rows are records: it carries `versionColumns()` from @pamir/db. */
export type VersionedTable = PgTable & { version: PgColumn; updatedAt: PgColumn; archivedAt: PgColumn };

/**
 * Where a record names another entity, by the path of the field in the record (`place`,
 * `actors.*.organization`, `citations.*.source`; `*` walks a list) and the entity it names: its type,
 * and its key field when that is not `id` (`Country.code`).
 */
export type ReferenceMap = Record<string, string>;

// read and write are methods, so a list of record types of different records type-checks.

/**
 * A writable record type, declared once: everything the shared write path needs to create, update,
 * archive and restore it, keep its revisions and audit every attempt. The subgraph's name gives
 * the scope (`write:<subgraph>`), the type's name the mutations (`create<Type>` …).
 */
export interface RecordType<TRecord extends Record<string, unknown> = Record<string, unknown>> {
  /** The GraphQL type: `WaterPoint`. Its SDL has `<Type>Input` and `<Type>Patch`, checked against `input`. */
  type: string;
  /** The record's key field, in the input and as the mutations' argument: `id` unless said. */
  key?: string;
  /** The key as the mutations' argument gives it, made canonical (`tjk` → `TJK`); taken as given unless said. */
  normalizeKey?(key: string): string;
  /** The data file's schema, which every write is held to as well; its objects are strict. */
  input: z.ZodObject;
  /** The record's main row; its key column is `column`. */
  table: VersionedTable;
  column: PgColumn;
  /** The record in its data-file shape (the `input` shape), read from its rows; undefined when absent. */
  read(db: Database, key: string): Promise<TRecord | undefined>;
  /**
   * Writes records whole, many at once: rows upserted, child rows and citations replaced. The API's
   * writes and the curated data's load both come through here; versions are the write path's.
   */
  write(tx: Database, records: readonly TRecord[]): Promise<void>;
  /** The entities the record names. */
  references: ReferenceMap;
}

/** Declares a record type, with its record's type inferred from its input schema. */
export function recordType<TInput extends z.ZodObject>(
  declaration: Omit<RecordType<z.infer<TInput>>, 'input'> & { input: TInput },
): RecordType<z.infer<TInput>> {
  return declaration;
}
