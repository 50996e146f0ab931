import { fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';

// An agreement: its data-file shape (which writes are held to), its rows, its references. Its
// engagement is one of this subgraph's own; everything else it names belongs to other subgraphs.

const t = schema.agreements;
const parties = schema.agreementParties;
const witnesses = schema.agreementWitnesses;
const projects = schema.agreementEnergyProjects;

/** A list of ids in which no id appears twice. */
const distinctIds = (what: string) =>
  z
    .array(fields.slug)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: `names the same ${what} twice` });

const agreementParty = z
  .strictObject({
    country: fields.countryCode.nullish(),
    organization: fields.slug.nullish(),
    organizationCountry: fields.countryCode.nullish(),
    signatory: fields.slug.nullish(),
  })
  .refine((party) => party.country || party.organization, { message: 'a party names a country or an organisation' })
  .refine((party) => !party.organizationCountry || party.organization, {
    message: "organizationCountry is the home country of the party's organisation, so needs one",
    path: ['organizationCountry'],
  });

export const agreementRecord = z
  .strictObject({
    id: fields.slug,
    title: fields.text,
    summary: z.string().nullish(),
    instrumentType: z.enum(schema.instrumentType.enumValues),
    form: z.enum(schema.agreementForm.enumValues),
    status: z.enum(schema.agreementStatus.enumValues),
    signedOn: fields.isoDate.nullish(),
    datePrecision: fields.datePrecision,
    enteredIntoForceOn: fields.isoDate.nullish(),
    place: fields.slug.nullish(),
    parties: z.array(agreementParty).default([]),
    witnesses: distinctIds('witness'),
    subjects: z
      .array(z.enum(schema.agreementSubjects))
      .default([])
      .refine((subjects) => new Set(subjects).size === subjects.length, { message: 'names the same subject twice' }),
    energyProjects: distinctIds('energy project'),
    engagement: fields.slug.nullish(),
    citations: fields.citations,
  })
  .refine((agreement) => fields.rangeInOrder(agreement.signedOn, agreement.enteredIntoForceOn), {
    message: 'enters into force before it was signed',
    path: ['enteredIntoForceOn'],
  });
export type AgreementRecord = z.infer<typeof agreementRecord>;

export const agreement = recordType({
  type: 'Agreement',
  input: agreementRecord,
  table: t,
  column: t.id,
  references: {
    place: 'Place',
    'parties.*.country': 'Country.code',
    'parties.*.organization': 'Organization',
    'parties.*.organizationCountry': 'Country.code',
    'parties.*.signatory': 'Person',
    'witnesses.*': 'Person',
    'energyProjects.*': 'EnergyProject',
    engagement: 'DiplomaticEngagement',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<AgreementRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    const partyRows = await db.select().from(parties).where(eq(parties.agreementId, id)).orderBy(asc(parties.position));
    const witnessRows = await db.select().from(witnesses).where(eq(witnesses.agreementId, id)).orderBy(asc(witnesses.position));
    const projectRows = await db.select().from(projects).where(eq(projects.agreementId, id)).orderBy(asc(projects.position));
    return {
      id: row.id,
      title: row.title,
      summary: row.summary,
      instrumentType: row.instrumentType,
      form: row.form,
      status: row.status,
      signedOn: row.signedOn,
      datePrecision: row.datePrecision,
      enteredIntoForceOn: row.enteredIntoForceOn,
      place: row.placeId,
      parties: partyRows.map((party) => ({
        country: party.countryCode,
        organization: party.organizationId,
        organizationCountry: party.organizationCountryCode,
        signatory: party.signatoryId,
      })),
      witnesses: witnessRows.map((witness) => witness.personId),
      subjects: row.subjects,
      energyProjects: projectRows.map((project) => project.projectId),
      engagement: row.engagementId,
      citations: await readCitations(db, schema.agreementCitations, id),
    };
  },

  /** Rows, then parties, witnesses, energy projects and citations: one statement per table for all agreements. */
  async write(tx, agreements) {
    await upsertAll(
      tx,
      t,
      [t.id],
      agreements.map((agreement) => ({
        id: agreement.id,
        title: agreement.title,
        summary: agreement.summary ?? null,
        instrumentType: agreement.instrumentType,
        form: agreement.form,
        status: agreement.status,
        signedOn: agreement.signedOn ?? null,
        datePrecision: agreement.datePrecision,
        enteredIntoForceOn: agreement.enteredIntoForceOn ?? null,
        placeId: agreement.place ?? null,
        subjects: agreement.subjects,
        engagementId: agreement.engagement ?? null,
      })),
    );
    const ids = agreements.map((agreement) => agreement.id);
    await replaceChildren(
      tx,
      parties,
      parties.agreementId,
      ids,
      agreements.flatMap((agreement) =>
        agreement.parties.map((party, position) => ({
          agreementId: agreement.id,
          position,
          countryCode: party.country ?? null,
          organizationId: party.organization ?? null,
          organizationCountryCode: party.organizationCountry ?? null,
          signatoryId: party.signatory ?? null,
        })),
      ),
    );
    await replaceChildren(
      tx,
      witnesses,
      witnesses.agreementId,
      ids,
      agreements.flatMap((agreement) => agreement.witnesses.map((personId, position) => ({ agreementId: agreement.id, personId, position }))),
    );
    await replaceChildren(
      tx,
      projects,
      projects.agreementId,
      ids,
      agreements.flatMap((agreement) => agreement.energyProjects.map((projectId, position) => ({ agreementId: agreement.id, projectId, position }))),
    );
    await replaceCitations(tx, schema.agreementCitations, agreements);
  },
});
