import { fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// A diplomatic engagement: its data-file shape (which writes are held to), its rows, its references.

const t = schema.engagements;
const participants = schema.engagementParticipants;

const engagementParticipant = z
  .strictObject({
    country: fields.countryCode.nullish(),
    organization: fields.slug.nullish(),
    organizationCountry: fields.countryCode.nullish(),
    person: fields.slug.nullish(),
    role: z.enum(schema.participantRole.enumValues),
  })
  .refine((participant) => participant.country || participant.organization || participant.person, {
    message: 'a participant names a country, an organisation or a person',
  })
  .refine((participant) => !participant.organizationCountry || participant.organization, {
    message: "organizationCountry is the home country of the participant's organisation, so needs one",
    path: ['organizationCountry'],
  });

export const engagementRecord = z
  .strictObject({
    id: fields.slug,
    title: fields.text,
    summary: z.string().nullish(),
    kind: z.enum(schema.engagementKind.enumValues),
    cameoCode: z.string().regex(/^[0-9]{2,4}$/, 'must be a CAMEO code of 2 to 4 digits such as 042'),
    startDate: fields.isoDate,
    endDate: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision,
    dateQualifier: z.enum(schema.dateQualifier.enumValues).default('ON'),
    status: z.enum(schema.engagementStatus.enumValues).default('REPORTED'),
    place: fields.slug.nullish(),
    placePrecision: z.enum(schema.placePrecision.enumValues).nullish(),
    participants: z.array(engagementParticipant).default([]),
    citations: fields.citations,
  })
  .refine((engagement) => fields.rangeInOrder(engagement.startDate, engagement.endDate), {
    message: 'ends before it starts',
    path: ['endDate'],
  });
export type EngagementRecord = z.infer<typeof engagementRecord>;

export const diplomaticEngagement = recordType({
  type: 'DiplomaticEngagement',
  input: engagementRecord,
  table: t,
  column: t.id,
  references: {
    place: 'Place',
    'participants.*.country': 'Country.code',
    'participants.*.organization': 'Organization',
    'participants.*.organizationCountry': 'Country.code',
    'participants.*.person': 'Person',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<EngagementRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    const rows = await db.select().from(participants).where(eq(participants.engagementId, id)).orderBy(asc(participants.position));
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
      participants: rows.map((participant) => ({
        country: participant.countryCode,
        organization: participant.organizationId,
        organizationCountry: participant.organizationCountryCode,
        person: participant.personId,
        role: participant.role,
      })),
      citations: await readCitations(db, schema.engagementCitations, id),
    };
  },

  /** Rows, then participants and citations: one statement per table for all engagements. */
  async write(tx, engagements) {
    await upsertAll(
      tx,
      t,
      [t.id],
      engagements.map((engagement) => ({
        id: engagement.id,
        title: engagement.title,
        summary: engagement.summary ?? null,
        kind: engagement.kind,
        cameoCode: engagement.cameoCode,
        startDate: engagement.startDate,
        endDate: engagement.endDate ?? null,
        datePrecision: engagement.datePrecision,
        dateQualifier: engagement.dateQualifier,
        status: engagement.status,
        placeId: engagement.place ?? null,
        placePrecision: engagement.placePrecision ?? null,
      })),
    );
    await replaceChildren(
      tx,
      participants,
      participants.engagementId,
      engagements.map((engagement) => engagement.id),
      engagements.flatMap((engagement) =>
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
    await replaceCitations(tx, schema.engagementCitations, engagements);
  },
});
