import { requireAuth } from '@pamir/auth';
import { listAuditLog, type RevisionRow, type WriteOperation } from '@pamir/db';
import { pageRequest } from '@pamir/graph';
import type { AuditEntryResolvers, AuditOutcome, QueryResolvers, Revision } from '../generated/graphql.js';

/** A stored revision as the shared Revision type shows it. */
export function toRevision(row: RevisionRow): Revision {
  return {
    version: row.version,
    // The table's check constraint keeps these to the enum's values.
    operation: row.operation as WriteOperation,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
    changedFields: row.changedFields,
    before: row.before,
    after: row.after,
  };
}

/** The audit log is for administrators only. */
export const referenceAuditLog: QueryResolvers['referenceAuditLog'] = (_, args, { db, auth }) => {
  requireAuth(auth, 'admin');
  return listAuditLog(db, pageRequest(args));
};

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => String(entry.id),
  outcome: (entry) => entry.outcome as AuditOutcome,
};
