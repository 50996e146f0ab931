import { badInput, toConnection, type Connection, type PageRequest } from '@pamir/graph';
import { and, asc, count, desc, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open.js';

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
 * columns answers directly. A cursor carries the order it was given out in: one from the other
 * order, or from another list, is refused rather than answered with a wrong page.
 */
export function afterCursor(order: KeysetOrder, page: PageRequest): SQL | undefined {
  if (!page.after) return undefined;
  const [direction, ...key] = page.after;
  if ((direction === 'asc' || direction === 'desc') && direction !== order.direction) {
    throw badInput(
      'after',
      `after is a cursor of this list in the other order; ask for the first page again`,
    );
  }
  if (direction !== order.direction || key.length !== order.columns.length) {
    throw badInput('after', 'after is not a cursor this list gave out');
  }
  const columns = sql.join(
    order.columns.map((column) => sql`${column}`),
    sql`, `,
  );
  const values = sql.join(
    key.map((value, i) => sql`${value}::${sql.raw(castType(order.columns[i]!))}`),
    sql`, `,
  );
  return order.direction === 'desc' ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`;
}

/**
 * One page of a table as a connection: the rows after the cursor in keyset order, one extra to
 * know whether more follow, and a count that only runs when `totalCount` is asked for.
 */
export async function listPage<T extends PgTable>(
  db: Database,
  table: T,
  options: {
    where: SQL | undefined;
    order: KeysetOrder;
    page: PageRequest;
    key: (row: T['$inferSelect']) => unknown[];
  },
): Promise<Connection<T['$inferSelect']>> {
  const { where, order, page } = options;
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(where, afterCursor(order, page)))
    .orderBy(...orderOf(order))
    .limit(page.first + 1)
    .catch((error: unknown) => {
      throw cursorError(page, error);
    })) as T['$inferSelect'][];
  const key = (row: T['$inferSelect']) => [order.direction, ...options.key(row)];
  return toConnection(rows, page, key, async () => {
    const [row] = await db
      .select({ total: count() })
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs the widened type here
      .from(table as PgTable)
      .where(where);
    return row?.total ?? 0;
  });
}

/** A cursor from another list decodes fine but does not cast to this list's sort columns: say so. */
export function cursorError(page: PageRequest, error: unknown): unknown {
  return page.after && isDataException(error) ? badInput('after', 'after is not a cursor this list gave out') : error;
}

/** Postgres' class 22: a value that does not fit its type (bad date, bad number). */
function isDataException(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause ?? error;
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('22');
}

/** The type a cursor value casts to: serial columns are integers once stored. */
function castType(column: PgColumn): string {
  const type = column.getSQLType();
  return { bigserial: 'bigint', serial: 'integer', smallserial: 'smallint' }[type] ?? type;
}
