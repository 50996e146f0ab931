import type { Database } from '@pamir/db';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * `upsertAll` from @pamir/db, except that it leaves generated columns alone: Postgres refuses
 * `set sort_date = excluded.sort_date` on a `generated always` column, and `agreements` has one.
 */
export async function upsertRows<T extends PgTable>(
  db: Database,
  table: T,
  key: PgColumn[],
  rows: T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const keyNames = new Set(key.map(columnName));
  const set: Record<string, SQL> = {};
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (keyNames.has(columnName(column)) || isGenerated(column)) continue;
    set[property] = sql`excluded.${sql.identifier(columnName(column))}`;
  }
  const insert = db.insert(table).values(rows);
  await (Object.keys(set).length
    ? insert.onConflictDoUpdate({ target: key, set })
    : insert.onConflictDoNothing({ target: key }));
}

/** The column's name in SQL: the schema lets Drizzle derive it from the key, in snake_case. */
function columnName(column: PgColumn): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

/** Postgres computes `generated always as (...)` columns itself; they take no value. */
function isGenerated(column: PgColumn): boolean {
  return column.generated !== undefined && column.generated.type !== 'byDefault';
}
