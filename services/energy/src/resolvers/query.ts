import { requireAuth } from '@pamir/auth';
import { listAuditLog } from '@pamir/db';
import { pageRequest, requireId } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';
import { listEnergyProjects, listEnergyTargets } from '../store/lists.js';

export const Query: QueryResolvers = {
  energyProject: (_, { id }, { loaders }) => loaders.energyProject.load(requireId(id)),
  energyProjects: (_, args, { db }) => listEnergyProjects(db, args.filter, pageRequest(args)),
  energyTargets: (_, { filter }, { db }) => listEnergyTargets(db, filter),
  energyTarget: (_, { id }, { loaders }) => loaders.energyTarget.load(requireId(id)),
  energyAuditLog: (_, args, { db, auth }) => {
    requireAuth(auth, 'admin');
    return listAuditLog(db, pageRequest(args));
  },
};
