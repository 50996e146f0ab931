import type { CitationInput, CitationTable, Database } from '@pamir/db';
import type { NamedReference } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type * as schema from '../../db/schema.js';

/** The tables that carry version columns. */
export type VersionedTable =
  | typeof schema.countries
  | typeof schema.places
  | typeof schema.organizations
  | typeof schema.people
  | typeof schema.sourceDocuments;

/** A record's citations in data-file shape, in order. */
export async function citationsOf(db: Database, table: CitationTable, id: string): Promise<CitationInput[]> {
  const rows = await db.select().from(table).where(eq(table.recordId, id)).orderBy(asc(table.position));
  return rows.map((row) => ({ source: row.sourceId, quote: row.quote, note: row.note }));
}

/** `archivedAt` belongs in a snapshot only while the record is archived. */
export function archivedPart(row: { archivedAt: string | null }): { archivedAt?: string } {
  return row.archivedAt ? { archivedAt: row.archivedAt } : {};
}

/** Archives or restores a record, moving it to `version`. */
export async function setArchived(
  db: Database,
  table: VersionedTable,
  key: PgColumn,
  id: string,
  version: number,
  archived: boolean,
): Promise<void> {
  await db.execute(sql`update ${table} set ${sql.identifier('version')} = ${version},
    ${sql.identifier('updated_at')} = now(),
    ${sql.identifier('archived_at')} = ${archived ? sql`now()` : null}
    where ${key} = ${id}`);
}

/** The source documents a record's citations name, each with its input path. */
export function citationReferences(citations: readonly CitationInput[], argument: string): NamedReference[] {
  return citations.map((citation, i) => ({
    path: `${argument}.citations.${i}.source`,
    typename: 'SourceDocument',
    key: { id: citation.source },
  }));
}
