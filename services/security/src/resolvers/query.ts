import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest, requireId, requireRange } from '@pamir/graph';
import { exportAcled } from '../acled/export.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { listMilitaryFacilities, listSecurityEvents } from '../store/lists.js';

export const Query: QueryResolvers = {
  securityEvent: (_, { id }, { loaders }) => loaders.securityEvent.load(requireId(id)),
  securityEvents: (_, args, { db }) => listSecurityEvents(db, args),
  militaryFacility: (_, { id }, { loaders }) => loaders.militaryFacility.load(requireId(id)),
  militaryFacilities: (_, args, { db }) => listMilitaryFacilities(db, args),
  /** The audit log is for administrators only. */
  securityAuditLog: (_, args, { db, auth }) => {
    requireAuth(auth, 'admin');
    return listAuditLog(db, pageRequest(args));
  },
  acledExport: (_, { filter }, { db, auth, peers }) => {
    requireAuth(auth, 'admin');
    requireRange(filter);
    return exportAcled(db, peers, filter);
  },
};
