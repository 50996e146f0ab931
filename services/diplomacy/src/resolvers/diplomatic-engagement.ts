import { involvedEntity } from '@pamir/graph';
import type { DiplomaticEngagementResolvers, EngagementParticipantResolvers } from '../generated/graphql.js';

export const DiplomaticEngagement: DiplomaticEngagementResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.engagement.load(ref.id),
  place: (engagement) => (engagement.placeId ? { id: engagement.placeId } : null),
  participants: (engagement, _, { loaders }) => loaders.participantsOfEngagement.load(engagement.id),
  agreements: (engagement, _, { loaders }) => loaders.agreementsOfEngagement.load(engagement.id),
  citations: (engagement, _, { loaders }) => loaders.citations.engagement.load(engagement.id),
  // `of` is required, so involvedEntity always names an entity.
  involvement: (engagement, { of }, { loaders }) =>
    loaders.engagementInvolvement(involvedEntity(of, 'of')!).load(engagement.id),
};

export const EngagementParticipant: EngagementParticipantResolvers = {
  country: (participant) => (participant.countryCode ? { code: participant.countryCode } : null),
  organizationCountry: (participant) =>
    participant.organizationCountryCode ? { code: participant.organizationCountryCode } : null,
  organization: (participant) => (participant.organizationId ? { id: participant.organizationId } : null),
  person: (participant) => (participant.personId ? { id: participant.personId } : null),
};
