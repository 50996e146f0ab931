import { DateScalar } from '@pamir/graph';
import type { Resolvers } from '../generated/graphql.js';
import { acledMutations } from './acled.js';
import { Country, Organization, Place } from './contributed.js';
import { eventMutations } from './event-mutations.js';
import { facilityMutations } from './facility-mutations.js';
import { EventActor, SecurityEvent } from './events.js';
import { Claim, MilitaryFacility, ReportedAmount } from './facilities.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation: { ...eventMutations, ...facilityMutations, ...acledMutations },
  SecurityEvent,
  EventActor,
  MilitaryFacility,
  ReportedAmount,
  Claim,
  Country,
  Place,
  Organization,
};
