import type { EnergyTargetResolvers } from '../generated/graphql.js';

export const EnergyTarget: EnergyTargetResolvers = {
  country: (target) => ({ code: target.countryCode }),
  citations: (target, _, { loaders }) => loaders.citations.energyTarget.load(target.id),
};
