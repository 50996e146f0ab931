import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';

/** The audit log is for administrators only. */
export const referenceAuditLog: QueryResolvers['referenceAuditLog'] = (_, args, { db, auth }) => {
  requireAuth(auth, 'admin');
  return listAuditLog(db, pageRequest(args));
};
