import { asc, eq, inArray, sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type DataLoader from 'dataloader';
import { groupLoader } from './loaders.js';
import type { Database } from './open.js';

/**
 * A table of citations for one kind of record: each row cites a source document with a verbatim
 * quote. Every domain table has one, made here so all of them share one shape and one loader.
 */
export function citationTable<TName extends string>(name: TName, record: () => AnyPgColumn) {
  return pgTable(
    name,
    {
      recordId: text()
        .notNull()
        .references(record, { onDelete: 'cascade' }),
      position: integer().notNull(),
      sourceId: text().notNull(),
      quote: text().notNull(),
      note: text(),
    },
    (t) => [
      primaryKey({ columns: [t.recordId, t.position] }),
      check(`${name}_quote_present`, sql`length(btrim(${t.quote})) > 0`),
    ],
  );
}

export type CitationTable = ReturnType<typeof citationTable>;

/** A citation as the SDL's Citation type wants it; the source is a reference to resolve. */
export interface CitationValue {
  recordId: string;
  source: { __typename: 'SourceDocument'; id: string };
  quote: string;
  note: string | null;
}

/** Citations in the data files and mutation inputs. */
export interface CitationInput {
  source: string;
  quote: string;
  note?: string | null | undefined;
}

export function citationLoader(db: Database, table: CitationTable): DataLoader<string, CitationValue[]> {
  return groupLoader(
    async (ids) => {
      const rows = await db
        .select()
        .from(table)
        .where(inArray(table.recordId, [...ids]))
        .orderBy(asc(table.recordId), asc(table.position));
      return rows.map((row) => ({
        recordId: row.recordId,
        source: { __typename: 'SourceDocument' as const, id: row.sourceId },
        quote: row.quote,
        note: row.note,
      }));
    },
    (citation) => citation.recordId,
  );
}

/** Replaces the citations of the given records (within the caller's transaction), in two statements. */
export async function replaceCitations(
  db: Database,
  table: CitationTable,
  records: readonly { id: string; citations: readonly CitationInput[] }[],
): Promise<void> {
  if (records.length === 0) return;
  await db.delete(table).where(inArray(table.recordId, records.map((record) => record.id)));
  const rows = records.flatMap((record) =>
    record.citations.map((citation, position) => ({
      recordId: record.id,
      position,
      sourceId: citation.source,
      quote: citation.quote,
      note: citation.note ?? null,
    })),
  );
  if (rows.length) await db.insert(table).values(rows);
}

/** A citation row in its data-file shape. */
export function citationOf(row: { sourceId: string; quote: string; note: string | null }) {
  return { source: row.sourceId, quote: row.quote, note: row.note };
}

/** A record's citations in their data-file shape, in order. */
export async function readCitations(db: Database, table: CitationTable, id: string) {
  const rows = await db.select().from(table).where(eq(table.recordId, id)).orderBy(asc(table.position));
  return rows.map(citationOf);
}
