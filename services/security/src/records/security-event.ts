import { fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';
import {
  actorRoles,
  actorTypes,
  dateQualifiers,
  disorderMatches,
  disorderTypes,
  eventStatuses,
  eventTypes,
  figureQualifiers,
  mainActorRoles,
  placePrecisions,
  subEventBelongs,
  subEventTypes,
} from '../db/taxonomy.js';

// A security event: its data-file shape (which writes and ACLED imports are held to), its rows,
// its references.

const e = schema.securityEvents;
const actors = schema.securityEventActors;

const count = z.number().int('must be a whole number').nonnegative('must not be negative');

export const eventActor = z.strictObject({
  organization: fields.slug,
  /** The organisation's home country: what makes "Chinese forces" an event involving China. */
  organizationCountry: fields.countryCode.nullish(),
  role: z.enum(actorRoles),
  actorType: z.enum(actorTypes),
});

export const securityEventRecord = z
  .strictObject({
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
    fatalities: count.nullish(),
    fatalitiesQualifier: z.enum(figureQualifiers).nullish(),
    fatalitiesLow: count.nullish(),
    fatalitiesHigh: count.nullish(),
    forceSize: count.nullish(),
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
export type SecurityEventRecord = z.infer<typeof securityEventRecord>;

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

/** An event's rows as one record, in the data-file shape (the ACLED export reads many at once). */
export function eventRecord(
  row: schema.SecurityEventRow,
  actorRows: readonly schema.SecurityEventActorRow[],
  citations: SecurityEventRecord['citations'],
): SecurityEventRecord {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    date: row.date,
    dateEnd: row.dateEnd,
    datePrecision: row.datePrecision,
    disorderType: row.disorderType,
    eventType: row.eventType,
    subEventType: row.subEventType,
    country: row.countryCode,
    place: row.placeId,
    actors: actorRows.map((actor) => ({
      organization: actor.organizationId,
      // Given only where known, so records written without it read back as they were written.
      ...(actor.organizationCountryCode ? { organizationCountry: actor.organizationCountryCode } : {}),
      role: actor.role,
      actorType: actor.actorType,
    })),
    fatalities: row.fatalities,
    fatalitiesQualifier: row.fatalitiesQualifier,
    fatalitiesLow: row.fatalitiesLow,
    fatalitiesHigh: row.fatalitiesHigh,
    forceSize: row.forceSize,
    forceSizeQualifier: row.forceSizeQualifier,
    status: row.status,
    dateQualifier: row.dateQualifier,
    placePrecision: row.placePrecision,
    civilianTargeting: row.civilianTargeting,
    tags: row.tags,
    citations,
  };
}

export const securityEvent = recordType({
  type: 'SecurityEvent',
  input: securityEventRecord,
  table: e,
  column: e.id,
  references: {
    country: 'Country.code',
    place: 'Place',
    'actors.*.organization': 'Organization',
    'actors.*.organizationCountry': 'Country.code',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<SecurityEventRecord | undefined> {
    const [row] = await db.select().from(e).where(eq(e.id, id));
    if (!row) return undefined;
    // One after the other: a transaction runs on one connection.
    const actorRows = await db
      .select()
      .from(actors)
      .where(eq(actors.eventId, id))
      .orderBy(asc(actors.position));
    return eventRecord(row, actorRows, await readCitations(db, schema.securityEventCitations, id));
  },

  /** Rows, then actors and citations: one statement per table for all events. */
  async write(tx, events) {
    if (events.length === 0) return;
    await upsertAll(
      tx,
      e,
      [e.id],
      events.map((event) => ({
        id: event.id,
        title: event.title,
        summary: event.summary,
        date: event.date,
        dateEnd: event.dateEnd ?? null,
        datePrecision: event.datePrecision,
        disorderType: event.disorderType,
        eventType: event.eventType,
        subEventType: event.subEventType,
        countryCode: event.country,
        placeId: event.place ?? null,
        fatalities: event.fatalities ?? null,
        fatalitiesQualifier: event.fatalitiesQualifier ?? null,
        fatalitiesLow: event.fatalitiesLow ?? null,
        fatalitiesHigh: event.fatalitiesHigh ?? null,
        forceSize: event.forceSize ?? null,
        forceSizeQualifier: event.forceSizeQualifier ?? null,
        status: event.status,
        dateQualifier: event.dateQualifier,
        placePrecision: event.placePrecision ?? null,
        civilianTargeting: event.civilianTargeting,
        tags: event.tags,
      })),
    );
    const actorRows = events.flatMap((event) =>
      event.actors.map((actor, position) => ({
        eventId: event.id,
        position,
        organizationId: actor.organization,
        organizationCountryCode: actor.organizationCountry ?? null,
        role: actor.role,
        actorType: actor.actorType,
      })),
    );
    await replaceChildren(
      tx,
      actors,
      actors.eventId,
      events.map((event) => event.id),
      actorRows,
    );
    await replaceCitations(tx, schema.securityEventCitations, events);
  },
});
