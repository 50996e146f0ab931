import { groupBy, type Database } from '@pamir/db';
import { invalidFields, type NamedReference } from '@pamir/server';
import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';

// Reference records name only this subgraph's own records, so they are checked here, with one
// query per type, rather than asked of a peer. Foreign keys guard the same references, but only a
// query names the input field that is wrong.

const keyColumns: Record<string, { table: PgTable; key: PgColumn }> = {
  Country: { table: schema.countries, key: schema.countries.code },
  Organization: { table: schema.organizations, key: schema.organizations.id },
  SourceDocument: { table: schema.sourceDocuments, key: schema.sourceDocuments.id },
};

/** Refuses with BAD_USER_INPUT, naming each field, unless every referenced record exists. */
export async function requireKnown(db: Database, references: readonly NamedReference[]): Promise<void> {
  const byType = groupBy(references, (reference) => reference.typename);
  const missing: NamedReference[] = [];
  for (const [typename, list] of byType) {
    const owner = keyColumns[typename];
    if (!owner) throw new Error(`the reference subgraph holds no ${typename}`);
    const keys = list.map(keyOf);
    const rows = await db.select({ key: owner.key }).from(owner.table).where(inArray(owner.key, keys));
    const found = new Set(rows.map((row) => String(row.key)));
    missing.push(...list.filter((reference) => !found.has(keyOf(reference))));
  }
  if (missing.length) {
    throw invalidFields(
      missing.map((reference) => ({
        path: reference.path,
        message: `no ${reference.typename} ${keyOf(reference)} exists`,
      })),
    );
  }
}

const keyOf = (reference: NamedReference): string => Object.values(reference.key)[0] ?? '';
