import type { Database } from '@pamir/db';
import type { Current } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import type { AgreementRecord } from '../data/records.js';
import * as schema from '../db/schema.js';
import { agreementRow, replaceAgreementDetails } from './agreement-rows.js';

// One agreement as writes see it: read whole (and locked) for a revision, written whole.

const t = schema.agreements;

/** The agreement as its data file would write it, plus when it was archived. */
export type AgreementSnapshot = Awaited<ReturnType<typeof snapshotOf>>;

/** The agreement locked for this transaction (`for update`), with the version it is at. */
export async function readAgreement(tx: Database, id: string): Promise<Current<AgreementSnapshot> | undefined> {
  const [row] = await tx.select().from(t).where(eq(t.id, id)).for('update');
  return row ? { version: row.version, snapshot: await snapshotOf(tx, row) } : undefined;
}

async function snapshotOf(tx: Database, row: schema.AgreementRow) {
  const parties = await tx
    .select()
    .from(schema.agreementParties)
    .where(eq(schema.agreementParties.agreementId, row.id))
    .orderBy(asc(schema.agreementParties.position));
  const witnesses = await tx
    .select()
    .from(schema.agreementWitnesses)
    .where(eq(schema.agreementWitnesses.agreementId, row.id))
    .orderBy(asc(schema.agreementWitnesses.position));
  const projects = await tx
    .select()
    .from(schema.agreementEnergyProjects)
    .where(eq(schema.agreementEnergyProjects.agreementId, row.id))
    .orderBy(asc(schema.agreementEnergyProjects.position));
  const citations = await tx
    .select()
    .from(schema.agreementCitations)
    .where(eq(schema.agreementCitations.recordId, row.id))
    .orderBy(asc(schema.agreementCitations.position));
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
    parties: parties.map((party) => ({
      country: party.countryCode,
      organization: party.organizationId,
      organizationCountry: party.organizationCountryCode,
      signatory: party.signatoryId,
    })),
    witnesses: witnesses.map((witness) => witness.personId),
    subjects: row.subjects,
    energyProjects: projects.map((project) => project.projectId),
    engagement: row.engagementId,
    citations: citations.map((citation) => ({ source: citation.sourceId, quote: citation.quote, note: citation.note })),
    archivedAt: row.archivedAt && new Date(row.archivedAt).toISOString(),
  };
}

/** Writes the whole agreement (row, parties, witnesses, projects, citations) at `version`. */
export async function writeAgreement(tx: Database, record: AgreementRecord, version: number, exists: boolean): Promise<void> {
  const row = { ...agreementRow(record), version, updatedAt: sql`now()` };
  if (exists) await tx.update(t).set(row).where(eq(t.id, record.id));
  else await tx.insert(t).values(row);
  await replaceAgreementDetails(tx, [record]);
}

/** Archives or restores the agreement, leaving it at `version`. */
export async function setAgreementArchived(tx: Database, id: string, version: number, archived: boolean): Promise<void> {
  await tx
    .update(t)
    .set({ archivedAt: archived ? sql`now()` : null, version, updatedAt: sql`now()` })
    .where(eq(t.id, id));
}

/** The agreement as it now stands, read afresh (not through a loader primed before a write). */
export async function loadAgreement(db: Database, id: string): Promise<schema.AgreementRow | undefined> {
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row;
}
