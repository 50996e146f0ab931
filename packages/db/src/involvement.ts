import type { Involved } from '@pamir/graph';
import { and, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type DataLoader from 'dataloader';
import { groupLoader } from './loaders.js';
import { rowsOf, type Database } from './open.js';

// "Involving": every way a country, organisation or person takes part in a record, declared once per
// record type as a list of sources. A list's `involving` filter and a record's `involvement(of:)`
// read the same sources, so every record the filter returns says how the entity takes part.

/** One way an entity takes part in a record: a row of `table` that names it in one of its columns. */
export interface InvolvementSource {
  /** The record's own table, or a child table such as an event's actors. */
  table: PgTable;
  /** The column of `table` holding the record's id. */
  record: PgColumn;
  /** The part the entity plays: one role, or the column that holds it (an actor's side). */
  role: string | PgColumn;
  /** The columns that name the entity, by kind: a country both as itself and as an organisation's home. */
  names: Partial<Record<Involved['kind'], readonly PgColumn[]>>;
  /** The organisation the row names, reported with the role. */
  organization?: PgColumn;
  /** The person the row names, reported with the role. */
  person?: PgColumn;
  /** The row's place among the record's rows of this source, so roles come in the record's order. */
  position?: PgColumn;
}

/** How an entity takes part in one record, as the common SDL's `Involvement` has it. */
export interface InvolvementValue {
  role: string;
  organization: { id: string } | null;
  person: { id: string } | null;
}

/** The source's rows name the entity: any of its columns for the entity's kind holds its key. */
function naming(source: InvolvementSource, entity: Involved): SQL | undefined {
  const columns = source.names[entity.kind] ?? [];
  return columns.length ? or(...columns.map((column) => eq(column, entity.id))) : undefined;
}

/** The `involving` filter: records the entity takes part in through any source. */
export function involving(
  db: Database,
  recordId: PgColumn,
  sources: readonly InvolvementSource[],
  entity: Involved | undefined,
): SQL | undefined {
  if (!entity) return undefined;
  const conditions = sources.flatMap((source) => {
    const named = naming(source, entity);
    if (!named) return [];
    if (source.record === recordId) return [named];
    return [exists(db.select({ one: sql`1` }).from(source.table).where(and(eq(source.record, recordId), named)))];
  });
  // A kind no source names (a person in security events) takes part in nothing.
  return conditions.length ? or(...conditions) : sql`false`;
}

interface InvolvementRow {
  record: string;
  role: string;
  organization: string | null;
  person: string | null;
}

/** Every role the entity plays in these records, in one statement: one SELECT per source, UNION ALL. */
async function readInvolvements(
  db: Database,
  sources: readonly InvolvementSource[],
  entity: Involved,
  ids: readonly string[],
): Promise<InvolvementRow[]> {
  const selects = sources.flatMap((source, index) => {
    const named = naming(source, entity);
    if (!named) return [];
    const column = (value: PgColumn | undefined) => (value ? sql`${value}::text` : sql`null::text`);
    return [
      sql`(select ${source.record} as record, ${source.role}::text as role, ${column(source.organization)} as organization, ${column(source.person)} as person, ${sql.raw(String(index))} as source, ${source.position ?? sql`0`} as position from ${source.table} where ${inArray(source.record, [...ids])} and ${named})`,
    ];
  });
  if (!selects.length) return [];
  return rowsOf<InvolvementRow>(db, sql`${sql.join(selects, sql` union all `)} order by source, position`);
}

/**
 * Per request: for each entity asked about, a loader of its roles in records by id, so a page of
 * records asking `involvement(of:)` costs one statement.
 */
export function involvementLoader(
  db: Database,
  sources: readonly InvolvementSource[],
): (entity: Involved) => DataLoader<string, InvolvementValue[]> {
  const loaders = new Map<string, DataLoader<string, InvolvementValue[]>>();
  return (entity) => {
    const key = `${entity.kind}:${entity.id}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = groupLoader(
        async (ids) =>
          (await readInvolvements(db, sources, entity, ids)).map((row) => ({
            record: row.record,
            role: row.role,
            organization: row.organization ? { id: row.organization } : null,
            person: row.person ? { id: row.person } : null,
          })),
        (row) => row.record,
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
