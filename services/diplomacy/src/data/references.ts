import type { NamedReference } from '@pamir/server';
import type { AgreementRecord, EngagementRecord } from './records.js';

// The entities of other subgraphs a record names, each with the path of the input field that names
// it, so a refusal can point at the field (`input.parties.1.signatory`).

const reference = (path: string, typename: string, id: string): NamedReference => ({ path, typename, key: { id } });
const country = (path: string, code: string): NamedReference => ({ path, typename: 'Country', key: { code } });

function citationReferences(argument: string, citations: readonly { source: string }[]): NamedReference[] {
  return citations.map((citation, i) => reference(`${argument}.citations.${i}.source`, 'SourceDocument', citation.source));
}

export function agreementReferences(agreement: AgreementRecord, argument: string): NamedReference[] {
  return [
    ...(agreement.place ? [reference(`${argument}.place`, 'Place', agreement.place)] : []),
    ...agreement.parties.flatMap((party, i) => [
      ...(party.country ? [country(`${argument}.parties.${i}.country`, party.country)] : []),
      ...(party.organization ? [reference(`${argument}.parties.${i}.organization`, 'Organization', party.organization)] : []),
      ...(party.organizationCountry
        ? [country(`${argument}.parties.${i}.organizationCountry`, party.organizationCountry)]
        : []),
      ...(party.signatory ? [reference(`${argument}.parties.${i}.signatory`, 'Person', party.signatory)] : []),
    ]),
    ...agreement.witnesses.map((id, i) => reference(`${argument}.witnesses.${i}`, 'Person', id)),
    ...agreement.energyProjects.map((id, i) => reference(`${argument}.energyProjects.${i}`, 'EnergyProject', id)),
    ...citationReferences(argument, agreement.citations),
  ];
}

export function engagementReferences(engagement: EngagementRecord, argument: string): NamedReference[] {
  return [
    ...(engagement.place ? [reference(`${argument}.place`, 'Place', engagement.place)] : []),
    ...engagement.participants.flatMap((participant, i) => [
      ...(participant.country ? [country(`${argument}.participants.${i}.country`, participant.country)] : []),
      ...(participant.organization
        ? [reference(`${argument}.participants.${i}.organization`, 'Organization', participant.organization)]
        : []),
      ...(participant.organizationCountry
        ? [country(`${argument}.participants.${i}.organizationCountry`, participant.organizationCountry)]
        : []),
      ...(participant.person ? [reference(`${argument}.participants.${i}.person`, 'Person', participant.person)] : []),
    ]),
    ...citationReferences(argument, engagement.citations),
  ];
}

/**
 * Only the references in the fields a patch sets: an update is not refused over a reference it
 * left as it was (the owning subgraph may have retired it since).
 */
export function inPatch(references: readonly NamedReference[], patch: object): NamedReference[] {
  const fields = new Set(Object.keys(patch));
  return references.filter((ref) => fields.has(ref.path.split('.')[1] ?? ''));
}
