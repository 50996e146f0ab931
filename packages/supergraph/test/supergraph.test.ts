import { readFileSync } from 'node:fs';
import { subgraphNames } from '@pamir/subgraph-list';
import { buildSchema, GraphQLObjectType, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, committedEntityOwners, composeSupergraph, readSupergraph, subgraphSdl } from '../src/index.js';

/**
 * The descriptions each subgraph's SDL gives a type and its fields, by subgraph name: the type's
 * under `''`, a field's under its name (undefined: declared without one).
 */
function descriptionsOf(typename: string): Map<string, Map<string, string | undefined>> {
  const found = new Map<string, Map<string, string | undefined>>();
  for (const name of subgraphNames) {
    for (const definition of parse(subgraphSdl(name)).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== typename) continue;
      const described = new Map([['', definition.description?.value]]);
      for (const field of definition.fields ?? []) described.set(field.name.value, field.description?.value);
      found.set(name, described);
    }
  }
  return found;
}

describe('the supergraph', () => {
  const composed = composeSupergraph();

  it('composes from the subgraphs', () => {
    expect(composed.supergraph).toContain('join__Graph');
    expect(composed.apiSchema).toContain('type SecurityEvent');
    expect(composed.apiSchema).not.toContain('join__');
  });

  it('is committed as composed now (run `pnpm compose` when this fails)', () => {
    expect(readSupergraph()).toBe(composed.supergraph);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(composed.apiSchema);
  });

  // Composition keeps one description per type and field; a stub's ("as the diplomacy subgraph
  // sees it", "The place's id.") once won over the owner's, and the docs explorer showed it.
  it('describes each entity type and its fields as the owning subgraph does; a stub says nothing else', () => {
    const api = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    for (const [typename, owner] of Object.entries(committedEntityOwners())) {
      const declared = descriptionsOf(typename);
      const owners = declared.get(owner);
      expect(owners?.get(''), `${owner} describes ${typename}`).toBeTruthy();
      const type = api.getType(typename);
      if (!(type instanceof GraphQLObjectType)) throw new Error(`${typename} is not an object type in the API schema`);
      for (const [field, description] of owners ?? []) {
        const where = field ? `${typename}.${field}` : typename;
        expect(field ? type.getFields()[field]?.description : type.description, where).toBe(description);
        for (const [name, described] of declared) {
          const stub = described.get(field);
          if (stub !== undefined) expect(stub, `${name}'s ${where}`).toBe(description);
        }
      }
    }
  });
});
