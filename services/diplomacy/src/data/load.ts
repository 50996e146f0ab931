import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, readDataFile, replaceChildren, replaceCitations, seedOnce, upsertAll, type Database } from '@pamir/db';
import * as schema from '../db/schema.js';
import { agreementRecord, engagementRecord, type AgreementRecord, type EngagementRecord } from './records.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const agreementsFile = `${dir}agreements.json`;
  const [engagements, agreements] = await Promise.all([
    readDataFile(`${dir}engagements.json`, engagementRecord),
    readDataFile(agreementsFile, agreementRecord),
  ]);
  // An agreement's engagement lives in this service's own engagements file: say so plainly
  // rather than leave it to a foreign-key error.
  const engagementIds = new Set(engagements.records.map((engagement) => engagement.id));
  for (const [index, agreement] of agreements.records.entries()) {
    if (agreement.engagement && !engagementIds.has(agreement.engagement)) {
      throw new DataFileError(
        path.relative(process.cwd(), agreementsFile) || agreementsFile,
        `record ${index} (id ${JSON.stringify(agreement.id)})`,
        `engagement: no engagement ${JSON.stringify(agreement.engagement)} in engagements.json`,
      );
    }
  }
  return { engagements, agreements };
}

/** Loads the curated data in one transaction; unchanged files are not loaded again. */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const data = await readCuratedData(dir);
  const texts = Object.values(data).map((file) => file.text);
  return seedOnce(db, 'diplomacy', texts, async (tx) => {
    // Engagements first: agreements point at them.
    await loadEngagements(tx, data.engagements.records);
    await loadAgreements(tx, data.agreements.records);
  });
}

async function loadEngagements(tx: Database, records: EngagementRecord[]): Promise<void> {
  await upsertAll(
    tx,
    schema.engagements,
    [schema.engagements.id],
    records.map(({ citations: _, participants: __, place, ...engagement }) => ({
      ...engagement,
      summary: engagement.summary ?? null,
      endDate: engagement.endDate ?? null,
      placeId: place ?? null,
    })),
  );
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
        personId: participant.person ?? null,
        role: participant.role,
      })),
    ),
  );
  await replaceCitations(tx, schema.engagementCitations, records);
}

async function loadAgreements(tx: Database, records: AgreementRecord[]): Promise<void> {
  await upsertAll(
    tx,
    schema.agreements,
    [schema.agreements.id],
    records.map(({ citations: _, parties: __, witnesses: ___, energyProjects: ____, place, engagement, ...agreement }) => ({
      ...agreement,
      summary: agreement.summary ?? null,
      signedOn: agreement.signedOn ?? null,
      enteredIntoForceOn: agreement.enteredIntoForceOn ?? null,
      placeId: place ?? null,
      engagementId: engagement ?? null,
    })),
  );
  const ids = records.map((agreement) => agreement.id);
  await replaceChildren(
    tx,
    schema.agreementParties,
    schema.agreementParties.agreementId,
    ids,
    records.flatMap((agreement) =>
      agreement.parties.map((party, position) => ({
        agreementId: agreement.id,
        position,
        countryCode: party.country ?? null,
        organizationId: party.organization ?? null,
        signatoryId: party.signatory ?? null,
      })),
    ),
  );
  await replaceChildren(
    tx,
    schema.agreementWitnesses,
    schema.agreementWitnesses.agreementId,
    ids,
    records.flatMap((agreement) =>
      agreement.witnesses.map((personId, position) => ({ agreementId: agreement.id, personId, position })),
    ),
  );
  await replaceChildren(
    tx,
    schema.agreementEnergyProjects,
    schema.agreementEnergyProjects.agreementId,
    ids,
    records.flatMap((agreement) =>
      agreement.energyProjects.map((projectId, position) => ({ agreementId: agreement.id, projectId, position })),
    ),
  );
  await replaceCitations(tx, schema.agreementCitations, records);
}
