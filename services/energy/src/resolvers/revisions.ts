import type { RevisionRow } from '@pamir/db';
import type { Revision, WriteOperation } from '../generated/graphql.js';

/** A stored revision as the shared `Revision` type shows it. */
export function toRevision(row: RevisionRow): Revision {
  return {
    version: row.version,
    // The revisions table's CHECK keeps operation to the WriteOperation values.
    operation: row.operation as WriteOperation,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
    changedFields: row.changedFields,
    before: row.before,
    after: row.after,
  };
}
