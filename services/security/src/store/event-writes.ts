import { replaceChildren, replaceCitations, type Database } from '@pamir/db';
import type { Current } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import type { SecurityEventRecord } from '../data/records.js';
import { eventActorRows, eventRow } from '../data/rows.js';
import * as schema from '../db/schema.js';
import { isoTimestamp, setArchived } from './archive.js';

/** An event as its revisions keep it: the data-file shape, and whether it is archived. */
export type SecurityEventSnapshot = SecurityEventRecord & { archivedAt: string | null };

const events = schema.securityEvents;

/** The event as it stands, its row locked for the rest of the transaction; undefined when absent. */
export async function readSecurityEvent(
  tx: Database,
  id: string,
): Promise<Current<SecurityEventSnapshot> | undefined> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  if (!row) return undefined;
  const actors = schema.securityEventActors;
  const citations = schema.securityEventCitations;
  // One after the other: a transaction runs on one connection.
  const actorRows = await tx
    .select()
    .from(actors)
    .where(eq(actors.eventId, id))
    .orderBy(asc(actors.position));
  const citationRows = await tx
    .select()
    .from(citations)
    .where(eq(citations.recordId, id))
    .orderBy(asc(citations.position));
  const snapshot = eventSnapshot(row, actorRows, citationRows);
  return { version: row.version, snapshot };
}

/** An event's rows as one record, in the data-file shape. */
export function eventSnapshot(
  row: schema.SecurityEventRow,
  actorRows: readonly schema.SecurityEventActorRow[],
  citationRows: readonly { sourceId: string; quote: string; note: string | null }[],
): SecurityEventSnapshot {
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
    citations: citationRows.map((citation) => ({
      source: citation.sourceId,
      quote: citation.quote,
      note: citation.note,
    })),
    archivedAt: isoTimestamp(row.archivedAt),
  };
}

/** Writes the whole event (row, actors, citations) at `version`; an archived event stays archived. */
export async function writeSecurityEvent(
  tx: Database,
  event: SecurityEventRecord,
  version: number,
  exists: boolean,
): Promise<void> {
  const row = { ...eventRow(event), version, updatedAt: sql`now()` };
  if (exists) await tx.update(events).set(row).where(eq(events.id, event.id));
  else await tx.insert(events).values(row);
  const actors = schema.securityEventActors;
  await replaceChildren(tx, actors, actors.eventId, [event.id], eventActorRows(event));
  await replaceCitations(tx, schema.securityEventCitations, [event]);
}

export function archiveSecurityEvent(
  tx: Database,
  id: string,
  version: number,
  archive: boolean,
  current: Current<SecurityEventSnapshot> | undefined,
): Promise<void> {
  return setArchived(tx, { table: events, id: events.id }, id, version, archive, current);
}

/** The event's row as just written, read fresh (not through a loader primed before the write). */
export async function loadSecurityEvent(db: Database, id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  if (!row) throw new Error(`security event ${id} was written but cannot be read back`);
  return row;
}
