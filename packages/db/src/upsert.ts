import { getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open.js';

/**
 * Inserts rows, or updates the columns they give where their key already exists: the idempotent
 * write records are stored with. Columns the rows leave out (a record's version, when it was
 * archived) keep their value.
 */
export async function upsertAll<T extends PgTable>(
  db: Database,
  table: T,
  key: PgColumn[],
  rows: T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const keyNames = new Set(key.map(columnName));
  const set: Record<string, SQL> = {};
  const given = new Set(rows.flatMap((row) => Object.keys(row)));
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (keyNames.has(columnName(column)) || isGenerated(column) || !given.has(property)) continue;
    set[property] = sql`excluded.${sql.identifier(columnName(column))}`;
  }
  const insert = db.insert(table).values(rows);
  await (Object.keys(set).length
    ? insert.onConflictDoUpdate({ target: key, set })
    : insert.onConflictDoNothing({ target: key }));
}

/** The column's name in SQL: our schemas let Drizzle derive it from the key, in snake_case. */
function columnName(column: PgColumn): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

/** Postgres computes `generated always as (...)` columns itself; they take no value. */
function isGenerated(column: PgColumn): boolean {
  return column.generated !== undefined && column.generated.type !== 'byDefault';
}

/**
 * Replaces the child rows (actors, parties, milestones ...) of the given parents: one delete and
 * one insert, however many parents.
 */
export async function replaceChildren<T extends PgTable>(
  db: Database,
  table: T,
  parentColumn: PgColumn,
  parentIds: readonly string[],
  rows: T['$inferInsert'][],
): Promise<void> {
  if (parentIds.length === 0) return;
  await db.delete(table).where(inArray(parentColumn, [...parentIds]));
  if (rows.length) await db.insert(table).values(rows);
}
