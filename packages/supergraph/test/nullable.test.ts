import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldDefinitionNode } from 'graphql';
import { subgraphNames } from '@pamir/subgraph-list';
import { committedEntityOwners, subgraphSdl } from '../src/index.js';

// Partial results: a subgraph that is down must cost only its own fields. Its root fields, and the
// fields it adds to another subgraph's entities, are nullable, so the gateway can put null (with an
// error) there instead of nulling the whole answer.
const ownerOf = committedEntityOwners();

function fieldsOf(name: string): { type: string; field: FieldDefinitionNode }[] {
  return parse(subgraphSdl(name)).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION
      ? (definition.fields ?? []).map((field) => ({ type: definition.name.value, field }))
      : [],
  );
}

const isKey = (field: FieldDefinitionNode) => field.name.value === 'id' || field.name.value === 'code';

describe.each(subgraphNames)('the %s subgraph', (name) => {
  const fields = fieldsOf(name);

  it('has only nullable root query fields', () => {
    const roots = fields.filter(({ type }) => type === 'Query');
    expect(roots.length).toBeGreaterThan(0);
    for (const { field } of roots) expect(field.type.kind, `Query.${field.name.value}`).not.toBe(Kind.NON_NULL_TYPE);
  });

  it("adds only nullable fields to other subgraphs' entities", () => {
    const added = fields.filter(({ type, field }) => ownerOf[type] && ownerOf[type] !== name && !isKey(field));
    for (const { type, field } of added) expect(field.type.kind, `${type}.${field.name.value}`).not.toBe(Kind.NON_NULL_TYPE);
  });
});
