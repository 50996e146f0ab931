import { toConnection, type Connection, type PageRequest } from '@pamir/graph';
import DataLoader from 'dataloader';
import { and, count, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { afterCursor, cursorError, orderOf, type KeysetOrder } from './keyset.js';
import type { Database } from './open.js';

// A list contributed to another subgraph's entity (Country.securityEvents ...) is asked once per
// parent. These pieces answer it for every parent of a request at once: one statement for all the
// pages, one more for all the counts when totalCount is asked, however many parents there are.

/** The parent's key inside a batched list's WHERE: each of the keys the statement runs over in turn. */
export const parentKey: SQL = sql`pamir_parent.parent_key`;

/** The parents' keys as rows, for the lateral join: `unnest($keys) as pamir_parent(parent_key)`. */
function parentRows(parents: readonly string[]): SQL {
  return sql`unnest(${sql.param([...parents])}::text[]) as pamir_parent(parent_key)`;
}

/**
 * One page for each parent, in one statement: for each key, the rows matching `where(parentKey)`
 * after the cursor in keyset order, as listPage would give them for that parent alone (a lateral
 * join over the keys, so each parent's page is an index range of its own). `totalCount` on any of
 * the pages counts every parent's rows in one more statement, without the cursor.
 */
export async function listPagesOf<T extends PgTable>(
  db: Database,
  table: T,
  options: {
    parents: readonly string[];
    /** The list's condition, with `parent` standing for the parent's key. */
    where: (parent: SQL) => SQL | undefined;
    order: KeysetOrder;
    page: PageRequest;
    key: (row: T['$inferSelect']) => unknown[];
  },
): Promise<Connection<T['$inferSelect']>[]> {
  const { parents, order, page } = options;
  const columns = getTableColumns(table);
  const pageRows = db
    .select()
    .from(table as PgTable)
    .where(and(options.where(parentKey), afterCursor(order, page)))
    .orderBy(...orderOf(order))
    .limit(page.first + 1)
    .as('pamir_page');
  const fields = Object.fromEntries(
    Object.keys(columns).map((name) => [name, (pageRows as unknown as Record<string, PgColumn>)[name]!]),
  );
  const rows = (await db
    .select({ parent: sql<string>`${parentKey}`, row: fields })
    .from(parentRows(parents))
    .crossJoinLateral(pageRows)
    // Each parent's rows in the page's own order (SQL does not promise it across the join).
    .orderBy(parentKey, ...orderOf({ ...order, columns: order.columns.map((column) => fields[nameOf(columns, column)]!) }))
    .catch((error: unknown) => {
      throw cursorError(page, error);
    })) as { parent: string; row: T['$inferSelect'] }[];

  const byParent = new Map<string, T['$inferSelect'][]>();
  for (const { parent, row } of rows) {
    const group = byParent.get(parent);
    if (group) group.push(row);
    else byParent.set(parent, [row]);
  }
  let totals: Promise<Map<string, number>> | undefined;
  const countAll = () => (totals ??= countsOf(db, table, parents, options.where));
  const key = (row: T['$inferSelect']) => [order.direction, ...options.key(row)];
  return parents.map((parent) =>
    toConnection(byParent.get(parent) ?? [], page, key, async () => (await countAll()).get(parent) ?? 0),
  );
}

/** The property name of one of the table's columns. */
function nameOf(columns: Record<string, unknown>, column: unknown): string {
  const name = Object.keys(columns).find((candidate) => columns[candidate] === column);
  if (!name) throw new Error('a keyset column is not a column of the listed table');
  return name;
}

/** Every parent's count of matching rows, in one statement. */
async function countsOf(
  db: Database,
  table: PgTable,
  parents: readonly string[],
  where: (parent: SQL) => SQL | undefined,
): Promise<Map<string, number>> {
  const counted = db.select({ total: count() }).from(table).where(where(parentKey));
  const rows = await db
    .select({ parent: sql<string>`${parentKey}`, total: sql<number>`(${counted})`.mapWith(Number) })
    .from(parentRows(parents));
  return new Map(rows.map((row) => [row.parent, row.total]));
}

/** The arguments of a contributed list, as its field receives them. */
export interface ListArgs<TFilter> {
  filter?: TFilter | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Per request: a contributed list's pages for many parents, batched. Parents that ask with the same
 * request (the list's scope and arguments) in the same tick share one `fetch`; each gets its page.
 */
export function parentPagesLoader<TRequest, TRow>(
  fetch: (request: TRequest, parents: readonly string[]) => Promise<Connection<TRow>[]>,
): { load: (request: TRequest, parent: string) => Promise<Connection<TRow>> } {
  const loaders = new Map<string, DataLoader<string, Connection<TRow>>>();
  return {
    load(request, parent) {
      const id = JSON.stringify(request);
      let loader = loaders.get(id);
      // async: an argument refused while building the statement rejects the load, as it would unbatched.
      if (!loader) loaders.set(id, (loader = new DataLoader(async (parents) => fetch(request, parents))));
      return loader.load(parent);
    },
  };
}
