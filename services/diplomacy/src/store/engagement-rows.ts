import { replaceChildren, replaceCitations, type Database } from '@pamir/db';
import type { EngagementRecord } from '../data/records.js';
import * as schema from '../db/schema.js';

// An engagement record (data-file shape) as table rows: one mapping for the curated load and for
// writes through the API.

/** The engagements row, without the write bookkeeping (version, updatedAt, archivedAt). */
export function engagementRow(record: EngagementRecord) {
  const { citations: _, participants: __, place, ...engagement } = record;
  return {
    ...engagement,
    summary: engagement.summary ?? null,
    endDate: engagement.endDate ?? null,
    placeId: place ?? null,
    placePrecision: engagement.placePrecision ?? null,
  };
}

/** Replaces the participants and citations of the given engagements. */
export async function replaceEngagementDetails(tx: Database, records: readonly EngagementRecord[]): Promise<void> {
  await replaceChildren(
    tx,
    schema.engagementParticipants,
    schema.engagementParticipants.engagementId,
    records.map((engagement) => engagement.id),
    records.flatMap((engagement) =>
      engagement.participants.map((participant, position) => ({
        engagementId: engagement.id,
        position,
        countryCode: participant.country ?? null,
        organizationId: participant.organization ?? null,
        organizationCountryCode: participant.organizationCountry ?? null,
        personId: participant.person ?? null,
        role: participant.role,
      })),
    ),
  );
  await replaceCitations(tx, schema.engagementCitations, records);
}
