import { fileURLToPath } from 'node:url';
import { pageRequest, type Connection } from '@pamir/graph';
import { and, eq, type SQL } from 'drizzle-orm';
import { date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChildIn, listPage, listPagesOf, parentPagesLoader, type DatabaseHandle, type KeysetOrder } from '../src/index.js';
import { createTestDatabase, testDrivers } from '../src/testing.js';

// The batched pages of a contributed list must be, parent by parent, the pages listPage gives for
// that parent alone: same rows, cursors, pageInfo and totalCount, on every page and in both orders.

const items = pgTable('items', { id: text().primaryKey(), owner: text().notNull(), day: date({ mode: 'string' }).notNull(), name: text().notNull() });
const itemTags = pgTable('item_tags', { itemId: text().notNull(), tag: text().notNull() }, (t) => [primaryKey({ columns: [t.itemId, t.tag] })]);
const schema = { items, itemTags };
const migrationsFolder = fileURLToPath(new URL('./fixtures/drizzle', import.meta.url));

// Owners a (12 items), b (5), c (1), d (none); days repeat so that the id breaks ties.
const owners = ['a', 'a', 'b', 'a', 'c', 'a', 'b', 'a', 'a', 'b', 'a', 'a', 'b', 'a', 'a', 'b', 'a', 'a'];
const rows = owners.map((owner, i) => ({
  id: `item-${String(i).padStart(2, '0')}`,
  owner,
  day: `2024-01-${String(1 + (i % 4)).padStart(2, '0')}`,
  name: `n${i}`,
}));
// Tags: every third item is "red", every item of b is "blue".
const tags = [
  ...rows.filter((_, i) => i % 3 === 0).map((row) => ({ itemId: row.id, tag: 'red' })),
  ...rows.filter((row) => row.owner === 'b').map((row) => ({ itemId: row.id, tag: 'blue' })),
];

const key = (row: typeof items.$inferSelect) => [row.day, row.id];
const orders: KeysetOrder[] = [
  { columns: [items.day, items.id], direction: 'desc' },
  { columns: [items.day, items.id], direction: 'asc' },
];
const byOwner = (owner: SQL | string) => eq(items.owner, owner);

/** A connection's plain content, totalCount included. */
async function plain<T>(connection: Connection<T>) {
  return { nodes: connection.nodes, edges: connection.edges, pageInfo: connection.pageInfo, totalCount: await connection.totalCount() };
}

describe.each(testDrivers())('listPagesOf on %s', (driver) => {
  let handle: DatabaseHandle<typeof schema>;
  beforeAll(async () => {
    handle = await createTestDatabase(driver, {
      service: 'keyset',
      schema,
      migrationsFolder,
      seed: async ({ db }) => {
        await db.insert(items).values(rows);
        await db.insert(itemTags).values(tags);
      },
    });
  });
  afterAll(() => handle.close());

  it.each(orders)('gives each parent the pages listPage gives it, cursor by cursor ($direction)', async (order) => {
    const parents = ['a', 'b', 'c', 'd'];
    for (const first of [0, 1, 5, 100]) {
      const cursors = new Map<string, { after: string | null; past?: true }>(parents.map((parent) => [parent, { after: null }]));
      // Walk every parent to its last page, and one past it (an empty page that still counts all).
      for (let round = 0; round < 15 && cursors.size; round++) {
        for (const [parent, { after, past }] of cursors) {
          const page = pageRequest({ first, after });
          const [batched] = await listPagesOf(handle.db, items, { parents: [parent, 'd'], where: byOwner, order, page, key });
          const alone = await listPage(handle.db, items, { where: byOwner(parent), order, page, key });
          expect(await plain(batched!)).toEqual(await plain(alone));
          const end = alone.pageInfo.endCursor;
          if (past || first === 0 || end === null) cursors.delete(parent);
          else cursors.set(parent, alone.pageInfo.hasNextPage ? { after: end } : { after: end, past: true });
        }
      }
      expect(cursors.size).toBe(0);
    }
  });

  it('answers every parent with one statement, and every count with one more', async () => {
    const before = handle.statements();
    const pages = await listPagesOf(handle.db, items, {
      parents: ['a', 'b', 'c', 'd'],
      where: byOwner,
      order: orders[0]!,
      page: pageRequest({ first: 3 }),
      key,
    });
    expect(handle.statements() - before).toBe(1);
    expect(pages.map((page) => page.nodes.length)).toEqual([3, 3, 1, 0]);
    expect(await Promise.all(pages.map((page) => page.totalCount()))).toEqual([12, 5, 1, 0]);
    expect(handle.statements() - before).toBe(2);
  });

  it('takes a condition on a child table, the parent key standing in it', async () => {
    const tagged = (tag: SQL | string) =>
      hasChildIn(handle.db, { table: itemTags, parent: itemTags.itemId, column: itemTags.tag }, items.id, typeof tag === 'string' ? [tag] : tag);
    const page = pageRequest({ first: 4 });
    const [red, blue] = await listPagesOf(handle.db, items, { parents: ['red', 'blue'], where: tagged, order: orders[1]!, page, key });
    for (const [tag, batched] of [['red', red], ['blue', blue]] as const) {
      const alone = await listPage(handle.db, items, { where: and(tagged(tag)), order: orders[1]!, page, key });
      expect(await plain(batched!)).toEqual(await plain(alone));
    }
    expect(await red!.totalCount()).toBe(6);
    expect(await blue!.totalCount()).toBe(5);
  });

  it('refuses a cursor of another list as listPage does', async () => {
    const page = pageRequest({ first: 2, after: Buffer.from(JSON.stringify(['desc', 'not a date', 'x'])).toString('base64url') });
    const error = await listPagesOf(handle.db, items, { parents: ['a'], where: byOwner, order: orders[0]!, page, key }).catch((e: unknown) => e);
    expect((error as { extensions?: unknown }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('batches the loads of one tick that ask alike, and keeps apart those that do not', async () => {
    const fetches: { request: { first: number }; parents: readonly string[] }[] = [];
    const loader = parentPagesLoader((request: { first: number }, parents) => {
      fetches.push({ request, parents });
      return listPagesOf(handle.db, items, { parents, where: byOwner, order: orders[0]!, page: pageRequest(request), key });
    });
    const before = handle.statements();
    const [a, b, c] = await Promise.all([loader.load({ first: 2 }, 'a'), loader.load({ first: 2 }, 'b'), loader.load({ first: 1 }, 'c')]);
    expect(fetches).toEqual([
      { request: { first: 2 }, parents: ['a', 'b'] },
      { request: { first: 1 }, parents: ['c'] },
    ]);
    expect(handle.statements() - before).toBe(2);
    expect([a, b, c].map((page) => page.nodes.map((node) => node.owner))).toEqual([['a', 'a'], ['b', 'b'], ['c']]);
  });
});
