import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { installGenerationTriggers, openDatabase, readGeneration } from '../src/index.js';
import { testDrivers } from '../src/testing.js';

const notes = pgTable('notes', { id: text().primaryKey(), body: text() });
const schema = { notes };

async function open(driver: 'pglite' | 'postgres') {
  if (driver === 'pglite') return { handle: await openDatabase({ driver: 'pglite-memory' }, schema), drop: async () => {} };
  const server = process.env['TEST_DATABASE_URL']!;
  const url = new URL(server);
  const name = `pamir_test_generation_${process.pid}`;
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: 'postgres', url: url.toString() }, schema);
  return {
    handle,
    async drop() {
      const admin = postgres(server, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

describe.each(testDrivers())('the data generation on %s', (driver) => {
  it('rises with every committed write, whatever sent it, and not with reads or rolled-back writes', async () => {
    const { handle, drop } = await open(driver);
    try {
      const { db } = handle;
      await db.execute(sql`create table notes (id text primary key, body text)`);
      await installGenerationTriggers(db, schema);
      await installGenerationTriggers(db, schema); // again, as every start does: no harm
      const seen = [await readGeneration(db)];
      const step = async (write: () => Promise<unknown>) => {
        await write();
        seen.push(await readGeneration(db));
      };
      await step(() => db.insert(notes).values({ id: 'a', body: 'one' }));
      await step(() => db.execute(sql`update notes set body = 'two'`));
      await step(() => db.select().from(notes));
      await step(() => db.delete(notes));
      await step(() =>
        db
          .transaction(async (tx) => {
            await tx.insert(notes).values({ id: 'b' });
            throw new Error('roll back');
          })
          .catch(() => undefined),
      );
      expect(seen.map(Number)).toEqual([0, 1, 2, 2, 3, 3]);
    } finally {
      await handle.close();
      await drop();
    }
  });
});
