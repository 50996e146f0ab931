import { fields } from '@pamir/db';
import { z } from 'zod';
import {
  actorRoles,
  actorTypes,
  disorderMatches,
  disorderTypes,
  eventTypes,
  facilityKinds,
  facilityStatuses,
  mainActorRoles,
  subEventBelongs,
  subEventTypes,
} from '../db/taxonomy.js';

// The shapes of the curated data files in ../../data; every record is checked on load.

export const eventActor = z.object({
  organization: fields.slug,
  role: z.enum(actorRoles),
  actorType: z.enum(actorTypes),
});

export const securityEventRecord = z
  .object({
    id: fields.slug,
    title: fields.text,
    summary: fields.text,
    date: fields.isoDate,
    dateEnd: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision,
    disorderType: z.enum(disorderTypes),
    eventType: z.enum(eventTypes),
    subEventType: z.enum(subEventTypes),
    country: fields.countryCode,
    place: fields.slug.nullish(),
    actors: z.array(eventActor),
    fatalities: z.number().int('must be a whole number').nonnegative('must not be negative').nullish(),
    civilianTargeting: z.boolean(),
    tags: z.array(fields.text).default([]),
    citations: fields.citations,
  })
  .refine((event) => fields.rangeInOrder(event.date, event.dateEnd), {
    message: 'dateEnd is before date',
    path: ['dateEnd'],
  })
  .refine((event) => subEventBelongs(event.eventType, event.subEventType), {
    message: 'ACLED files this sub-event type under another event type',
    path: ['subEventType'],
  })
  .refine((event) => disorderMatches(event.disorderType, event.eventType), {
    message: 'STRATEGIC_DEVELOPMENTS is the disorder type of strategic developments, and only of them',
    path: ['disorderType'],
  })
  .refine(
    (event) =>
      mainActorRoles.every((role) => event.actors.filter((actor) => actor.role === role).length <= 1),
    { message: 'an event has one ACTOR1 and one ACTOR2 at most; others are associates', path: ['actors'] },
  )
  .refine(
    (event) =>
      new Set(event.actors.map((actor) => `${actor.organization} ${actor.role}`)).size ===
      event.actors.length,
    { message: 'an organisation is listed twice in the same role', path: ['actors'] },
  );

export const reportedCost = z.object({
  amountUsd: fields.nonNegative,
  citation: fields.citation,
});

/** No organisation listed twice in one list. */
const distinctIds = z
  .array(fields.slug)
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, 'lists an organisation twice');

export const militaryFacilityRecord = z
  .object({
    id: fields.slug,
    name: fields.text,
    aliases: fields.aliases,
    kind: z.enum(facilityKinds),
    status: z.enum(facilityStatuses),
    summary: z.string().nullish(),
    hostCountry: fields.countryCode,
    place: fields.slug.nullish(),
    operators: distinctIds,
    financiers: distinctIds,
    established: fields.isoDate.nullish(),
    establishedPrecision: fields.datePrecision.nullish(),
    costUsd: fields.nonNegative.nullish(),
    reportedCosts: z.array(reportedCost).default([]),
    citations: fields.citations,
  })
  .refine((facility) => (facility.established == null) === (facility.establishedPrecision == null), {
    message: 'established and establishedPrecision come together or not at all',
    path: ['establishedPrecision'],
  });

export type SecurityEventRecord = z.infer<typeof securityEventRecord>;
export type MilitaryFacilityRecord = z.infer<typeof militaryFacilityRecord>;
