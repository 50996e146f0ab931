import type { Database } from '@pamir/db';
import { eq, sql } from 'drizzle-orm';
import type { Current } from '../write.js';
import type { RecordType } from './declaration.js';

/** A record as its revisions keep it: the data-file shape, and when it was archived (or null). */
export type Snapshot = Record<string, unknown> & { archivedAt: string | null };

/**
 * The record as it stands, with its version. `lock` takes its row for the rest of the transaction
 * (`for update`), so only inside one: two writers of one record then take turns.
 */
export async function readState(
  db: Database,
  type: RecordType,
  key: string,
  { lock }: { lock: boolean },
): Promise<Current<Snapshot> | undefined> {
  const query = db
    .select({ version: type.table.version, archivedAt: type.table.archivedAt })
    .from(type.table)
    .where(eq(type.column, key));
  const [row] = (await (lock ? query.for('update') : query)) as { version: number; archivedAt: string | null }[];
  if (!row) return undefined;
  const record = await type.read(db, key);
  if (!record) return undefined;
  return { version: row.version, snapshot: { ...record, archivedAt: isoTimestamp(row.archivedAt) } };
}

/** Moves the record to `version`, archiving or restoring it when told to. */
export async function stamp(tx: Database, type: RecordType, key: string, version: number, archived?: boolean): Promise<void> {
  const archiving = archived === undefined ? {} : { archivedAt: archived ? sql`now()` : null };
  await tx
    .update(type.table)
    .set({ version, updatedAt: sql`now()`, ...archiving })
    .where(eq(type.column, key));
}

/** The record's row as it now stands, read afresh: a loader primed earlier in the request would hold the state before a write. */
export async function loadRow(db: Database, type: RecordType, key: string): Promise<unknown> {
  const [row] = await db.select().from(type.table).where(eq(type.column, key));
  if (!row) throw new Error(`${type.type} ${key} was written but cannot be read back`);
  return row;
}

/** A timestamp as revisions keep it: ISO 8601, whichever driver read it. */
export function isoTimestamp(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
