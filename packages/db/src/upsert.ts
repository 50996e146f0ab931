import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open.js';

/**
 * Inserts rows, or updates every column of the rows whose key already exists: the idempotent
 * write curated data is loaded with.
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
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (!keyNames.has(columnName(column))) set[property] = sql`excluded.${sql.identifier(columnName(column))}`;
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
