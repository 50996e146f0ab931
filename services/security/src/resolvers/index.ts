import type { Resolvers } from '../generated/graphql.js';
import { Claim } from './claim.js';
import { Country, Organization, Place } from './contributed.js';
import { MilitaryFacility, ReportedAmount } from './military-facility.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { EventActor, SecurityEvent } from './security-event.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  SecurityEvent,
  EventActor,
  MilitaryFacility,
  ReportedAmount,
  Claim,
  Country,
  Place,
  Organization,
};
