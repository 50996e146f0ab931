import { pageRequest, requireId } from '@pamir/graph';
import type { QueryResolvers } from '../generated/graphql.js';
import { listEnergyProjects, listEnergyTargets } from '../store/lists.js';

export const Query: QueryResolvers = {
  energyProject: (_, { id }, { loaders }) => loaders.energyProject.load(requireId(id)),
  energyProjects: (_, args, { db }) => listEnergyProjects(db, args.filter, pageRequest(args)),
  energyTargets: (_, { filter }, { db }) => listEnergyTargets(db, filter),
};
