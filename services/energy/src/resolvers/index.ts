import { DateScalar } from '@pamir/graph';
import type { Resolvers } from '../generated/graphql.js';
import { Country, Organization } from './contributed.js';
import { EnergyProject, Milestone, ProjectCountry, ProjectStakeholder } from './energy-project.js';
import { EnergyTarget } from './energy-target.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  EnergyProject,
  ProjectCountry,
  ProjectStakeholder,
  Milestone,
  EnergyTarget,
  Country,
  Organization,
};
