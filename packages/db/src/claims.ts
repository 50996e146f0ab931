import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import * as fields from './fields.js';
import { groupLoader } from './loaders.js';
import type { Database } from './open.js';

/**
 * What one source says about one field of a record, where sources disagree: an entry of a
 * subgraph's `claims.json`, for the record types that subgraph keeps claims on.
 */
export function claimSchema<const TTypes extends readonly [string, ...string[]]>(recordTypes: TTypes) {
  return z.strictObject({
    recordType: z.enum(recordTypes),
    recordId: fields.slug,
    field: fields.text,
    value: fields.text,
    used: z.boolean(),
    reason: z.string().nullish(),
    citation: fields.citation,
  });
}

/** A claim as `claimSchema` reads it. */
export interface Claim<TType extends string = string> {
  recordType: TType;
  recordId: string;
  field: string;
  value: string;
  used: boolean;
  reason?: string | null | undefined;
  citation: { source: string; quote: string; note?: string | null | undefined };
}

/** Claims as rows of a claims table, numbered within each record in file order. */
export function claimRows<TType extends string>(claims: readonly Claim<TType>[]) {
  const next = new Map<string, number>();
  return claims.map((claim) => {
    const key = `${claim.recordType} ${claim.recordId}`;
    const position = next.get(key) ?? 0;
    next.set(key, position + 1);
    return {
      recordType: claim.recordType,
      recordId: claim.recordId,
      position,
      field: claim.field,
      value: claim.value,
      used: claim.used,
      reason: claim.reason ?? null,
      sourceId: claim.citation.source,
      quote: claim.citation.quote,
      note: claim.citation.note ?? null,
    };
  });
}

/** A subgraph's claims table, as the loader reads it (each subgraph keeps its own constraints). */
type ClaimTable = PgTable & { recordType: PgColumn; recordId: PgColumn; position: PgColumn };

/** The claims about records of one type, in file order, batched per request. */
export function claimLoader<TTable extends ClaimTable>(db: Database, table: TTable, recordType: string) {
  return groupLoader(
    (ids) =>
      db
        .select()
        .from(table as ClaimTable)
        .where(and(eq(table.recordType, recordType), inArray(table.recordId, [...ids])))
        .orderBy(asc(table.recordId), asc(table.position)) as Promise<TTable['$inferSelect'][]>,
    (row) => (row as { recordId: string }).recordId,
  );
}

/** A claim's citation, carried inline on its row, as the shared `Citation` type resolves it. */
export function claimCitation(claim: { recordId: string; sourceId: string; quote: string; note: string | null }) {
  return {
    recordId: claim.recordId,
    source: { __typename: 'SourceDocument' as const, id: claim.sourceId },
    quote: claim.quote,
    note: claim.note,
  };
}
