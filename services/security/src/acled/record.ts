import type { SecurityEventRecord } from '../records/security-event.js';
import { slugOf, subEventTypeLabels } from './format.js';
import type { Resolved } from './resolve.js';
import type { AcledEvent } from './rows.js';

/** The Pamir id of the event an ACLED row becomes: `TJK1234` → `acled-tjk1234`. */
export function acledEventId(eventIdCnty: string): string {
  return `acled-${slugOf(eventIdCnty)}`;
}

/** A quote is a short excerpt: ACLED's notes, cut at a word boundary within 600 characters. */
function excerpt(text: string, limit = 600): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd();
}

/**
 * The event a row becomes, in the shape every write takes. ACLED's notes are its summary, cited
 * from the event's own source document; the title is made from the sub-event type and location.
 */
export function acledEventRecord(event: AcledEvent, resolved: Resolved): SecurityEventRecord {
  const notes = event.row.notes.trim();
  const what = subEventTypeLabels[event.subEventType];
  const title = event.location
    ? `${what} in ${event.location.name}`
    : `${what}, ${event.row.country.trim() || resolved.country}`;
  const sources = event.row.source.trim();
  return {
    id: acledEventId(event.eventIdCnty),
    title,
    summary: notes || title,
    date: event.date,
    dateEnd: null,
    datePrecision: event.datePrecision,
    disorderType: event.disorderType,
    eventType: event.eventType,
    subEventType: event.subEventType,
    country: resolved.country,
    place: resolved.place,
    actors: event.actors.map((actor) => ({
      organization: resolved.organizationOf(actor),
      role: actor.role,
      actorType: actor.actorType,
    })),
    fatalities: event.fatalities,
    // ACLED keeps one (conservative) toll and no force size; its geo_precision is kept with the row.
    fatalitiesQualifier: null,
    fatalitiesLow: null,
    fatalitiesHigh: null,
    forceSize: null,
    forceSizeQualifier: null,
    // ACLED rows report events that took place, dated to the day, week, month or year given.
    status: 'REPORTED',
    dateQualifier: 'ON',
    placePrecision: null,
    civilianTargeting: event.civilianTargeting,
    tags: event.tags,
    citations: [
      {
        source: resolved.source,
        quote: notes ? excerpt(notes) : event.row.sub_event_type.trim(),
        note: `ACLED event ${event.eventIdCnty}${sources ? `; ACLED's sources: ${sources}` : ''}.`,
      },
    ],
  };
}
