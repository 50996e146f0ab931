import type { MutationResolvers } from '../generated/graphql.js';
import { energyProjectKind, energyTargetKind } from './kinds.js';
import { archiveRecord, createRecord, updateRecord } from './writable.js';

// Every write needs `write:energy` (or `admin`), and goes through the shared pipeline.

export const Mutation: MutationResolvers = {
  createEnergyProject: (_, { input }, context) => createRecord(energyProjectKind, context, input),
  updateEnergyProject: (_, { id, version, patch }, context) =>
    updateRecord(energyProjectKind, context, id, version, patch),
  archiveEnergyProject: (_, { id, version }, context) =>
    archiveRecord(energyProjectKind, context, id, version, true),
  restoreEnergyProject: (_, { id, version }, context) =>
    archiveRecord(energyProjectKind, context, id, version, false),

  createEnergyTarget: (_, { input }, context) => createRecord(energyTargetKind, context, input),
  updateEnergyTarget: (_, { id, version, patch }, context) =>
    updateRecord(energyTargetKind, context, id, version, patch),
  archiveEnergyTarget: (_, { id, version }, context) =>
    archiveRecord(energyTargetKind, context, id, version, true),
  restoreEnergyTarget: (_, { id, version }, context) =>
    archiveRecord(energyTargetKind, context, id, version, false),
};
