import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Database } from './open.js';

// The data generation: one number per database that every committed write raises. A statement
// trigger on each of the service's tables raises it inside the writing transaction, whatever wrote
// (a mutation, an import, the curated load, an operator's SQL). A reader that reads the generation
// first and the data second can only pair old data with an old number: a cache keyed on the
// generation never serves what a committed write has changed, in any copy of the service.
// Writers to one database queue briefly on the counter's row, until they commit.

const table = 'pamir_data_generation';

/** Creates the counter and a trigger on every table of the schema (idempotent; run after migrations). */
export async function installGenerationTriggers(db: Database, schema: Record<string, unknown>): Promise<void> {
  const tables = Object.values(schema).filter((value): value is PgTable => is(value, PgTable));
  await db.execute(sql.raw(`create table if not exists ${table} (id boolean primary key default true check (id), value bigint not null)`));
  await db.execute(sql.raw(`insert into ${table} (id, value) values (true, 0) on conflict do nothing`));
  await db.execute(
    sql.raw(
      `create or replace function pamir_raise_generation() returns trigger language plpgsql as $$ begin update ${table} set value = value + 1; return null; end $$`,
    ),
  );
  for (const one of tables) {
    const name = getTableName(one).replaceAll('"', '""');
    await db.execute(
      sql.raw(
        `create or replace trigger pamir_generation after insert or update or delete or truncate on "${name}" for each statement execute function pamir_raise_generation()`,
      ),
    );
  }
}

/** The database's current generation, as text (a bigint). */
export async function readGeneration(db: Database): Promise<string> {
  const [row] = await rowsOf<{ value: string }>(db, sql.raw(`select value::text as value from ${table}`));
  return row?.value ?? '0';
}
