import type { Database } from '@pamir/db';
import { conflict, type Current } from '@pamir/server';
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** A writable table's columns that archiving touches. */
interface Archivable {
  table: PgTable;
  id: PgColumn;
}

/**
 * Archives or restores a record at `version`. Archiving an archived record (or restoring one that
 * is not) is refused: the caller's view of it is out of date.
 */
export async function setArchived(
  tx: Database,
  { table, id }: Archivable,
  recordId: string,
  version: number,
  archive: boolean,
  current: Current<{ archivedAt: string | null }> | undefined,
): Promise<void> {
  const archived = current?.snapshot.archivedAt != null;
  if (archive === archived)
    throw conflict(`${recordId} is ${archived ? 'already' : 'not'} archived`, current?.version);
  await tx
    .update(table)
    .set({ archivedAt: archive ? sql`now()` : null, version, updatedAt: sql`now()` })
    .where(eq(id, recordId));
}

/** A timestamp as the revisions keep it: ISO 8601 whichever driver read it. */
export function isoTimestamp(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
