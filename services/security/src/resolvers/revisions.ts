import type { RevisionRow } from '@pamir/db';
import type { Revision, WriteOperation } from '../generated/graphql.js';

/** A stored revision as the SDL's Revision; the table's check keeps `operation` to the enum's values. */
export function toRevision(row: RevisionRow): Revision {
  return {
    version: row.version,
    operation: row.operation as WriteOperation,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
    changedFields: row.changedFields,
    before: row.before,
    after: row.after,
  };
}
