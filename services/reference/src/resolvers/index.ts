import type { Resolvers } from '../generated/graphql.js';
import {
  Citation,
  Claim,
  Country,
  Estimate,
  Organization,
  Person,
  PersonRole,
  Place,
  SourceDocument,
} from './entities.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Query,
  Country,
  Place,
  Organization,
  Person,
  PersonRole,
  SourceDocument,
  Citation,
  Estimate,
  Claim,
};
