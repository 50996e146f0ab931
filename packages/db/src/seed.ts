import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf, seedLock, type Database } from './open.js';

/** Raised when a data file holds a record that does not validate; names file, record and reason. */
export class DataFileError extends Error {
  constructor(file: string, record: string, reason: string) {
    super(`${file}: ${record}: ${reason}`);
    this.name = 'DataFileError';
  }
}

/** Reads a JSON data file holding an array of records and validates each one. */
export async function readDataFile<T>(file: string, record: z.ZodType<T>): Promise<{ records: T[]; text: string }> {
  const name = path.relative(process.cwd(), file) || file;
  const text = await readFile(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(name, 'file', `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new DataFileError(name, 'file', 'must hold a JSON array of records');
  const records = parsed.map((raw: unknown, index) => {
    const result = record.safeParse(raw);
    if (result.success) return result.data;
    const id = typeof raw === 'object' && raw && 'id' in raw ? ` (id ${JSON.stringify((raw).id)})` : '';
    const reasons = result.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
    throw new DataFileError(name, `record ${index}${id}`, reasons.join('; '));
  });
  const seen = new Set<string>();
  for (const [index, r] of records.entries()) {
    const id = (r as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) throw new DataFileError(name, `record ${index} (id ${JSON.stringify(id)})`, 'duplicate id');
    seen.add(id);
  }
  return { records, text };
}

/**
 * Loads curated data idempotently: the whole load runs in one transaction (nothing half-loaded
 * stays behind), copies of the service take turns, and a load whose files have not changed since
 * the last one is skipped.
 */
export async function seedOnce(
  db: Database,
  name: string,
  contents: readonly string[],
  load: (tx: Database) => Promise<void>,
): Promise<'loaded' | 'unchanged'> {
  const checksum = createHash('sha256').update(contents.join('\u0000')).digest('hex');
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Database;
    await tx.execute(seedLock);
    await tx.execute(sql`create table if not exists pamir_seed (
      name text primary key, checksum text not null, loaded_at timestamptz not null default now())`);
    const [last] = await rowsOf<{ checksum: string }>(tx, sql`select checksum from pamir_seed where name = ${name}`);
    if (last?.checksum === checksum) return 'unchanged';
    await load(tx);
    await tx.execute(sql`insert into pamir_seed (name, checksum) values (${name}, ${checksum})
      on conflict (name) do update set checksum = excluded.checksum, loaded_at = now()`);
    return 'loaded';
  });
}
