import type { EnergyTargetResolvers } from '../generated/graphql.js';

export const EnergyTarget: EnergyTargetResolvers = {
  country: (target) => ({ code: target.countryCode }),
  citations: (target, _, { loaders }) => loaders.citations.energyTarget.load(target.id),
  revisions: (target, _, { loaders }) => loaders.revisions.energyTarget.load(target.id),
};
