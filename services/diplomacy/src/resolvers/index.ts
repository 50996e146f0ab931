import type { Resolvers } from '../generated/graphql.js';
import { Agreement, AgreementParty } from './agreement.js';
import { Country, EnergyProject, Organization, Person } from './contributed.js';
import { DiplomaticEngagement, EngagementParticipant } from './diplomatic-engagement.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Query,
  Agreement,
  AgreementParty,
  DiplomaticEngagement,
  EngagementParticipant,
  Country,
  Organization,
  Person,
  EnergyProject,
};
