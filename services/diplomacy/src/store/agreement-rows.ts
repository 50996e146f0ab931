import { replaceChildren, replaceCitations, type Database } from '@pamir/db';
import type { AgreementRecord } from '../data/records.js';
import * as schema from '../db/schema.js';

// An agreement record (data-file shape) as table rows: one mapping for the curated load and for
// writes through the API.

/** The agreements row, without the write bookkeeping (version, updatedAt, archivedAt). */
export function agreementRow(record: AgreementRecord) {
  const { citations: _, parties: __, witnesses: ___, energyProjects: ____, place, engagement, ...agreement } = record;
  return {
    ...agreement,
    summary: agreement.summary ?? null,
    signedOn: agreement.signedOn ?? null,
    enteredIntoForceOn: agreement.enteredIntoForceOn ?? null,
    placeId: place ?? null,
    engagementId: engagement ?? null,
  };
}

/** Replaces the parties, witnesses, energy projects and citations of the given agreements. */
export async function replaceAgreementDetails(tx: Database, records: readonly AgreementRecord[]): Promise<void> {
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
        organizationCountryCode: party.organizationCountry ?? null,
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
