import type { PageRequest } from '@pamir/graph';
import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** A sort order over columns that together identify a row (the last is the primary key). */
export interface KeysetOrder {
  columns: PgColumn[];
  direction: 'asc' | 'desc';
}

/** `ORDER BY` for the keyset. */
export function orderOf(order: KeysetOrder): SQL[] {
  const by = order.direction === 'desc' ? desc : asc;
  return order.columns.map((column) => by(column));
}

/**
 * The condition "comes after the cursor" as one row-value comparison, which an index on the same
 * columns answers directly.
 */
export function afterCursor(order: KeysetOrder, page: PageRequest): SQL | undefined {
  if (!page.after) return undefined;
  if (page.after.length !== order.columns.length) return sql`false`;
  const columns = sql.join(order.columns.map((column) => sql`${column}`), sql`, `);
  const values = sql.join(
    page.after.map((value, i) => sql`${value}::${sql.raw(order.columns[i]!.getSQLType())}`),
    sql`, `,
  );
  return order.direction === 'desc' ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`;
}
