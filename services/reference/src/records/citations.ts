import type { CitationTable, Database } from '@pamir/db';
import { asc, eq } from 'drizzle-orm';

/** A record's citations in their data-file shape, in order. */
export async function readCitations(db: Database, table: CitationTable, id: string) {
  const rows = await db.select().from(table).where(eq(table.recordId, id)).orderBy(asc(table.position));
  return rows.map((row) => ({ source: row.sourceId, quote: row.quote, note: row.note }));
}
