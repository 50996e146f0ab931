import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { readSupergraph } from '../src/index.js';

// The gateway's demand control reads @cost and @listSize from the supergraph: every connection must
// say it is sized by `first`, or the estimate of a nested query would be a guess.
const document = parse(readSupergraph());

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const fields: { owner: string; field: FieldDefinitionNode }[] = document.definitions.flatMap((definition) =>
  definition.kind === Kind.OBJECT_TYPE_DEFINITION
    ? (definition.fields ?? []).map((field) => ({ owner: definition.name.value, field }))
    : [],
);

function directive(field: FieldDefinitionNode, name: string) {
  return field.directives?.find((d) => d.name.value === name);
}

describe('costs in the supergraph', () => {
  it('links the cost spec', () => {
    expect(readSupergraph()).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])');
  });

  it('sizes every connection by its `first` argument', () => {
    const connections = fields.filter(({ field }) => namedType(field.type).endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(20);
    for (const { owner, field } of connections) {
      const listSize = directive(field, 'listSize');
      expect(listSize, `${owner}.${field.name.value}`).toBeDefined();
      const slicing = listSize?.arguments?.find((a) => a.name.value === 'slicingArguments');
      expect(slicing?.value, `${owner}.${field.name.value}`).toMatchObject({ values: [{ value: 'first' }] });
    }
  });

  it('weighs every totalCount as a COUNT', () => {
    const counts = fields.filter(({ field }) => field.name.value === 'totalCount');
    expect(counts.length).toBeGreaterThan(5);
    for (const { owner, field } of counts) expect(directive(field, 'cost'), owner).toBeDefined();
  });

  it('gives the short lists between records an assumed size', () => {
    const short = ['Country.energyTargets', 'Agreement.energyProjects', 'EnergyProject.agreements', 'DiplomaticEngagement.agreements'];
    for (const name of short) {
      const found = fields.find(({ owner, field }) => `${owner}.${field.name.value}` === name);
      expect(found && directive(found.field, 'listSize'), name).toBeDefined();
    }
  });
});
