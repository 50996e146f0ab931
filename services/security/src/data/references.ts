import type { NamedReference } from '@pamir/server';
import type { MilitaryFacilityRecord, SecurityEventRecord } from './records.js';

// The entities of other subgraphs a record names, each with its field's path in the mutation's
// argument (`input.actors.1.organization`), so a missing one is refused naming where it was given.

type Citations = readonly { source: string }[];

const country = (path: string, code: string): NamedReference => ({
  path,
  typename: 'Country',
  key: { code },
});
const entity = (typename: string, path: string, id: string): NamedReference => ({
  path,
  typename,
  key: { id },
});

function sources(argument: string, field: string, citations: Citations): NamedReference[] {
  return citations.map((citation, i) =>
    entity('SourceDocument', `${argument}.${field}.${i}.source`, citation.source),
  );
}

export function eventReferences(event: SecurityEventRecord, argument: string): NamedReference[] {
  return [
    country(`${argument}.country`, event.country),
    ...(event.place ? [entity('Place', `${argument}.place`, event.place)] : []),
    ...event.actors.map((actor, i) =>
      entity('Organization', `${argument}.actors.${i}.organization`, actor.organization),
    ),
    ...sources(argument, 'citations', event.citations),
  ];
}

export function facilityReferences(facility: MilitaryFacilityRecord, argument: string): NamedReference[] {
  return [
    country(`${argument}.hostCountry`, facility.hostCountry),
    ...(facility.place ? [entity('Place', `${argument}.place`, facility.place)] : []),
    ...facility.operators.map((id, i) => entity('Organization', `${argument}.operators.${i}`, id)),
    ...facility.financiers.map((id, i) => entity('Organization', `${argument}.financiers.${i}`, id)),
    ...facility.reportedCosts.map((cost, i) =>
      entity('SourceDocument', `${argument}.reportedCosts.${i}.citation.source`, cost.citation.source),
    ),
    ...sources(argument, 'citations', facility.citations),
  ];
}

/** Only the references in fields a patch sets: an update is not refused over what it left alone. */
export function inPatch(references: NamedReference[], patch: object): NamedReference[] {
  const given = new Set(Object.keys(patch));
  return references.filter((reference) => given.has(reference.path.split('.')[1] ?? ''));
}
