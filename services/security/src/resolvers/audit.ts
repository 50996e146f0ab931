import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest } from '@pamir/graph';
import type { AuditEntryResolvers, AuditOutcome, QueryResolvers } from '../generated/graphql.js';

/** The audit log is for administrators only. */
export const securityAuditLog: QueryResolvers['securityAuditLog'] = (_, args, { db, auth }) => {
  requireAuth(auth, 'admin');
  return listAuditLog(db, pageRequest(args));
};

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => String(entry.id),
  // The table's check keeps `outcome` to the enum's values.
  outcome: (entry) => entry.outcome as AuditOutcome,
};
