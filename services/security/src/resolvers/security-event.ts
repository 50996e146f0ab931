import { involvedEntity } from '@pamir/graph';
import type { EventActorResolvers, SecurityEventResolvers } from '../generated/graphql.js';

// SecurityEvent and its actors. Every nested list goes through a per-request loader, so a page of
// events costs one statement per kind of list.

export const SecurityEvent: SecurityEventResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.securityEvent.load(ref.id),
  country: (event) => ({ code: event.countryCode }),
  place: (event) => (event.placeId ? { id: event.placeId } : null),
  actors: (event, _, { loaders }) => loaders.eventActors.load(event.id),
  involvement: (event, { of }, { loaders }) => loaders.eventInvolvement(involvedEntity(of, 'of')!).load(event.id),
  citations: (event, _, { loaders }) => loaders.citations.securityEvent.load(event.id),
  claims: (event, _, { loaders }) => loaders.claims.securityEvent.load(event.id),
};

export const EventActor: EventActorResolvers = {
  organization: (actor) => ({ id: actor.organizationId }),
  organizationCountry: (actor) => (actor.organizationCountryCode ? { code: actor.organizationCountryCode } : null),
};
