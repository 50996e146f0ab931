import type { PageRequest } from '@pamir/graph';
import type DataLoader from 'dataloader';
import { and, asc, eq, exists, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  type PgColumn,
  type PgTable,
} from 'drizzle-orm/pg-core';
import { listPage } from './keyset.js';
import { groupLoader } from './loaders.js';
import type { Database } from './open.js';

// What every write leaves behind: the record's new version, a revision with its state before and
// after, and an entry in the audit log. Each subgraph has these tables in its own database.

/** Columns every writable record carries: optimistic concurrency, and archiving instead of deleting. */
export function versionColumns() {
  return {
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true, mode: 'string' }),
  };
}

export const writeOperations = ['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'IMPORT'] as const;
export type WriteOperation = (typeof writeOperations)[number];
export const auditOutcomes = [
  'ACCEPTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

// Literals, not parameters: a CHECK constraint is DDL, written into the migration as it stands.
const oneOfText = (column: SQL, values: readonly string[]) =>
  sql`${column} in (${sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '))})`;

/** Every write's before and after, per record. */
export const revisions = pgTable(
  'revisions',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    recordType: text().notNull(),
    recordId: text().notNull(),
    version: integer().notNull(),
    operation: text().notNull(),
    changedBy: text().notNull(),
    changedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    changedFields: text().array().notNull(),
    before: jsonb(),
    after: jsonb().notNull(),
  },
  (t) => [
    index('revisions_record').on(t.recordType, t.recordId, t.version),
    check('revisions_operation', oneOfText(sql`${t.operation}`, writeOperations)),
  ],
);

/** Every write attempt, accepted or refused. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    caller: text(),
    operation: text().notNull(),
    recordType: text().notNull(),
    recordId: text(),
    outcome: text().notNull(),
    detail: text(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    check('audit_log_outcome', oneOfText(sql`${t.outcome}`, auditOutcomes)),
  ],
);

export type RevisionRow = typeof revisions.$inferSelect;
export type AuditEntryRow = typeof auditLog.$inferSelect;

/** The fields whose values differ between two states of a record. */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .sort();
}

export async function recordRevision(
  db: Database,
  entry: {
    recordType: string;
    recordId: string;
    version: number;
    operation: WriteOperation;
    changedBy: string;
    before: Record<string, unknown> | undefined;
    after: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(revisions).values({
    ...entry,
    before: entry.before ?? null,
    changedFields: changedFields(entry.before, entry.after),
  });
}

export async function recordAudit(
  db: Database,
  entry: Omit<typeof auditLog.$inferInsert, 'id' | 'at'>,
): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** Revisions of one kind of record, oldest first, batched per request like every other lookup. */
export function revisionLoader(db: Database, recordType: string): DataLoader<string, RevisionRow[]> {
  return groupLoader(
    (ids) =>
      db
        .select()
        .from(revisions)
        .where(and(eq(revisions.recordType, recordType), inArray(revisions.recordId, [...ids])))
        .orderBy(asc(revisions.recordId), asc(revisions.version), asc(revisions.id)),
    (row) => row.recordId,
  );
}

/** One page of the audit log, newest first. */
export function listAuditLog(db: Database, page: PageRequest) {
  return listPage(db, auditLog, {
    where: undefined,
    order: { columns: [auditLog.id], direction: 'desc' },
    page,
    key: (row) => [row.id],
  });
}

/**
 * The records written through the API, which a curated data file must never overwrite: every API
 * write leaves a revision (a creation too), and a curated load leaves none.
 */
export async function editedIds(
  db: Database,
  recordType: string,
  table: PgTable,
  columns: { id: PgColumn; version: PgColumn; archivedAt: PgColumn },
): Promise<Set<string>> {
  const written = db
    .select({ one: sql`1` })
    .from(revisions)
    .where(and(eq(revisions.recordType, recordType), eq(revisions.recordId, sql`${columns.id}::text`)));
  const rows = await db
    .select({ id: columns.id })
    .from(table)
    .where(or(sql`${columns.version} > 1`, isNotNull(columns.archivedAt), exists(written)));
  return new Set(rows.map((row) => String(row.id)));
}
