import type { Database } from '@pamir/db';
import { invalidFields, type Current } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import type { EngagementRecord } from '../data/records.js';
import * as schema from '../db/schema.js';
import { engagementRow, replaceEngagementDetails } from './engagement-rows.js';

// One engagement as writes see it: read whole (and locked) for a revision, written whole.

const t = schema.engagements;

/** The engagement as its data file would write it, plus when it was archived. */
export type EngagementSnapshot = Awaited<ReturnType<typeof snapshotOf>>;

/** The engagement locked for this transaction (`for update`), with the version it is at. */
export async function readEngagement(tx: Database, id: string): Promise<Current<EngagementSnapshot> | undefined> {
  const [row] = await tx.select().from(t).where(eq(t.id, id)).for('update');
  return row ? { version: row.version, snapshot: await snapshotOf(tx, row) } : undefined;
}

async function snapshotOf(tx: Database, row: schema.EngagementRow) {
  const participants = await tx
    .select()
    .from(schema.engagementParticipants)
    .where(eq(schema.engagementParticipants.engagementId, row.id))
    .orderBy(asc(schema.engagementParticipants.position));
  const citations = await tx
    .select()
    .from(schema.engagementCitations)
    .where(eq(schema.engagementCitations.recordId, row.id))
    .orderBy(asc(schema.engagementCitations.position));
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    cameoCode: row.cameoCode,
    startDate: row.startDate,
    endDate: row.endDate,
    datePrecision: row.datePrecision,
    dateQualifier: row.dateQualifier,
    status: row.status,
    place: row.placeId,
    placePrecision: row.placePrecision,
    participants: participants.map((participant) => ({
      country: participant.countryCode,
      organization: participant.organizationId,
      organizationCountry: participant.organizationCountryCode,
      person: participant.personId,
      role: participant.role,
    })),
    citations: citations.map((citation) => ({ source: citation.sourceId, quote: citation.quote, note: citation.note })),
    archivedAt: row.archivedAt && new Date(row.archivedAt).toISOString(),
  };
}

/** Writes the whole engagement (row, participants, citations) at `version`. */
export async function writeEngagement(tx: Database, record: EngagementRecord, version: number, exists: boolean): Promise<void> {
  const row = { ...engagementRow(record), version, updatedAt: sql`now()` };
  if (exists) await tx.update(t).set(row).where(eq(t.id, record.id));
  else await tx.insert(t).values(row);
  await replaceEngagementDetails(tx, [record]);
}

/** Archives or restores the engagement, leaving it at `version`. */
export async function setEngagementArchived(tx: Database, id: string, version: number, archived: boolean): Promise<void> {
  await tx
    .update(t)
    .set({ archivedAt: archived ? sql`now()` : null, version, updatedAt: sql`now()` })
    .where(eq(t.id, id));
}

/** The engagement as it now stands, read afresh (not through a loader primed before a write). */
export async function loadEngagement(db: Database, id: string): Promise<schema.EngagementRow | undefined> {
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row;
}

/**
 * Refuses an agreement's engagement that is not in this database, naming the field: clearer than
 * the foreign key's refusal, which still stands behind it. Archived engagements count.
 */
export async function requireEngagement(db: Database, id: string, path: string): Promise<void> {
  const [row] = await db.select({ id: t.id }).from(t).where(eq(t.id, id));
  if (!row) throw invalidFields([{ path, message: `no DiplomaticEngagement ${id} exists` }]);
}
