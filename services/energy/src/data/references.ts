import type { NamedReference } from '@pamir/server';
import type { EnergyProjectRecord, EnergyTargetRecord } from './records.js';

// The entities of other subgraphs a record names, each with the path of the input field that
// names it (`input.countries.1.country`), for the peers to check.

type Cited = { citations: readonly { source: string }[] };

function citations(record: Cited, path: string): NamedReference[] {
  return record.citations.map((citation, i) => ({
    path: `${path}.citations.${i}.source`,
    typename: 'SourceDocument',
    key: { id: citation.source },
  }));
}

export function projectReferences(project: EnergyProjectRecord, path: string): NamedReference[] {
  return [
    ...project.countries.map((c, i) => ({
      path: `${path}.countries.${i}.country`,
      typename: 'Country',
      key: { code: c.country },
    })),
    ...project.stakeholders.map((s, i) => ({
      path: `${path}.stakeholders.${i}.organization`,
      typename: 'Organization',
      key: { id: s.organization },
    })),
    ...project.stakeholders.flatMap((s, i) =>
      s.organizationCountry
        ? [
            {
              path: `${path}.stakeholders.${i}.organizationCountry`,
              typename: 'Country',
              key: { code: s.organizationCountry },
            },
          ]
        : [],
    ),
    ...(project.place ? [{ path: `${path}.place`, typename: 'Place', key: { id: project.place } }] : []),
    ...project.milestones.flatMap((milestone, i) => citations(milestone, `${path}.milestones.${i}`)),
    ...citations(project, path),
  ];
}

export function targetReferences(target: EnergyTargetRecord, path: string): NamedReference[] {
  return [
    { path: `${path}.country`, typename: 'Country', key: { code: target.country } },
    ...citations(target, path),
  ];
}

/**
 * The references a changed record names that it did not name before: an update checks only these,
 * so a status change is not refused over a reference nobody touched.
 */
export function newReferences(
  after: readonly NamedReference[],
  before: readonly NamedReference[],
): NamedReference[] {
  const known = new Set(before.map(identity));
  return after.filter((reference) => !known.has(identity(reference)));
}

function identity(reference: NamedReference): string {
  return `${reference.typename} ${JSON.stringify(reference.key)}`;
}
