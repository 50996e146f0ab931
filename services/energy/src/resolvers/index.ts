import type { Resolvers } from '../generated/graphql.js';
import { Country, Organization } from './contributed.js';
import { EnergyProject, Milestone, ProjectCountry, ProjectStakeholder } from './energy-project.js';
import { EnergyTarget } from './energy-target.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Query,
  EnergyProject,
  ProjectCountry,
  ProjectStakeholder,
  Milestone,
  EnergyTarget,
  Country,
  Organization,
};
