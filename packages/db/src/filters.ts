import { and, eq, exists, gte, inArray, is, isNull, lte, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open.js';
import type { PgColumn } from 'drizzle-orm/pg-core';

// Pieces of WHERE clauses for the contract's filters: every field optional, combined with AND.
// Each returns undefined when its filter field is absent, which `and()` skips.

/** Archived records leave the lists unless the filter asks for them. */
export function unlessArchived(archivedAt: PgColumn, includeArchived: boolean | null | undefined): SQL | undefined {
  return includeArchived ? undefined : isNull(archivedAt);
}

/** The column's value is one of these; absent or empty list: no condition. */
export function oneOf(column: PgColumn, values: readonly string[] | null | undefined): SQL | undefined {
  return values?.length ? inArray(column, [...values]) : undefined;
}

/** An inclusive date range on one column; ISO date strings. */
export function between(
  column: PgColumn,
  from: string | null | undefined,
  to: string | null | undefined,
): SQL | undefined {
  return and(from ? gte(column, from) : undefined, to ? lte(column, to) : undefined);
}

/** Case-insensitive "contains" over several text expressions, with LIKE's wildcards escaped. */
export function containsText(term: string | undefined, ...expressions: (PgColumn | SQL)[]): SQL | undefined {
  if (!term) return undefined;
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${sql.join(
    expressions.map((expression) => sql`${expression} ilike ${pattern}`),
    sql` or `,
  )})`;
}

/** The text of a text[] column (aliases, tags), for searching. */
export function arrayText(column: PgColumn): SQL {
  return sql`array_to_string(${column}, ' ')`;
}

/** A text[] column shares at least one value with the list. */
export function overlaps(column: PgColumn, values: readonly string[] | null | undefined): SQL | undefined {
  return values?.length ? sql`${column} && ${sql.param([...values])}::text[]` : undefined;
}

/**
 * The record has a child row whose column holds one of these values (or the value of an expression,
 * such as a batched list's parentKey): events with any of these actors, projects in any of these
 * countries. A correlated EXISTS, answered by the child's index.
 */
export function hasChildIn(
  db: Database,
  child: { table: PgTable; parent: PgColumn; column: PgColumn },
  parentId: PgColumn,
  values: readonly string[] | SQL | null | undefined,
): SQL | undefined {
  if (values == null || (Array.isArray(values) && !values.length)) return undefined;
  const matches = is(values, SQL) ? eq(child.column, values) : inArray(child.column, [...(values as readonly string[])]);
  return exists(
    db
      .select({ one: sql`1` })
      .from(child.table)
      .where(and(eq(child.parent, parentId), matches)),
  );
}

/** The name or one of the aliases equals one of these names, case and surrounding space aside. */
export function namedAs(names: readonly string[], name: PgColumn, aliases: PgColumn): SQL {
  const lowered = sql.param(names.map(normalName));
  return sql`(lower(btrim(${name})) = any(${lowered}::text[]) or exists (select 1 from unnest(${aliases}) as alias where lower(btrim(alias)) = any(${lowered}::text[])))`;
}

/** A name as `namedAs` compares it. */
export function normalName(name: string): string {
  return name.trim().toLowerCase();
}
