import { claimSchema, fields } from '@pamir/db';
import { z } from 'zod';
import {
  actorRoles,
  actorTypes,
  claimRecordTypes,
  dateQualifiers,
  eventStatuses,
  figureQualifiers,
  placePrecisions,
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
    fatalitiesQualifier: z.enum(figureQualifiers).nullish(),
    fatalitiesLow: z.number().int('must be a whole number').nonnegative('must not be negative').nullish(),
    fatalitiesHigh: z.number().int('must be a whole number').nonnegative('must not be negative').nullish(),
    forceSize: z.number().int('must be a whole number').nonnegative('must not be negative').nullish(),
    forceSizeQualifier: z.enum(figureQualifiers).nullish(),
    status: z.enum(eventStatuses).default('REPORTED'),
    dateQualifier: z.enum(dateQualifiers).default('ON'),
    placePrecision: z.enum(placePrecisions).nullish(),
    civilianTargeting: z.boolean(),
    tags: z.array(fields.text).default([]),
    citations: fields.citations,
  })
  .refine((event) => fields.rangeInOrder(event.date, event.dateEnd), {
    message: 'dateEnd is before date',
    path: ['dateEnd'],
  })
  .refine(
    (event) =>
      figureFits(event.fatalities, event.fatalitiesQualifier, event.fatalitiesLow, event.fatalitiesHigh),
    {
      message:
        'fatalities, its qualifier and its low/high do not agree (UNKNOWN has no figure; low <= fatalities <= high)',
      path: ['fatalitiesQualifier'],
    },
  )
  .refine((event) => figureFits(event.forceSize, event.forceSizeQualifier, null, null), {
    message: 'forceSize and its qualifier do not agree',
    path: ['forceSizeQualifier'],
  })
  .refine((event) => event.dateQualifier !== 'WITHIN' || event.dateEnd != null, {
    message: 'a WITHIN date needs dateEnd, the end of the window',
    path: ['dateQualifier'],
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

/**
 * A figure and its qualifier agree: UNKNOWN has no figure, any other qualifier has one, and the
 * range (when given) holds the figure.
 */
export function figureFits(
  value: number | null | undefined,
  qualifier: string | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
): boolean {
  if (qualifier == null) return low == null && high == null;
  if (qualifier === 'UNKNOWN') return value == null && (low == null || high == null || low <= high);
  if (value == null) return false;
  if (qualifier === 'EXACT' && (low != null || high != null)) return low === value && high === value;
  return (low == null || low <= value) && (high == null || value <= high);
}

/** What one source says about one field of a record: the data file `claims.json`. */
export const claimRecord = claimSchema(claimRecordTypes);

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
export type ClaimRecord = z.infer<typeof claimRecord>;
