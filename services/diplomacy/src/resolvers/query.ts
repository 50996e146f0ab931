import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest, requireId } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';
import { listAgreements, listEngagements } from '../store/lists.js';

export const Query: QueryResolvers = {
  agreement: (_, { id }, { loaders }) => loaders.agreement.load(requireId(id)),
  agreements: (_, args, { db }) => listAgreements(db, args.filter, pageRequest(args)),
  engagement: (_, { id }, { loaders }) => loaders.engagement.load(requireId(id)),
  engagements: (_, args, { db }) => listEngagements(db, args.filter, pageRequest(args)),
  diplomacyAuditLog: (_, args, { db, auth }) => {
    requireAuth(auth, 'admin');
    return listAuditLog(db, pageRequest(args));
  },
};
