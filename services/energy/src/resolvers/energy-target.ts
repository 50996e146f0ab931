import type { EnergyTargetResolvers } from '../generated/graphql.js';
import { toRevision } from './revisions.js';

export const EnergyTarget: EnergyTargetResolvers = {
  country: (target) => ({ code: target.countryCode }),
  citations: (target, _, { loaders }) => loaders.citations.energyTarget.load(target.id),
  revisions: async (target, _, { loaders }) =>
    (await loaders.revisions.energyTarget.load(target.id)).map(toRevision),
};
