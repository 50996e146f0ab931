import { readFileSync } from 'node:fs';
import { subgraphNames } from '@pamir/subgraph-list';
import { buildSchema, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, committedEntityOwners, composeSupergraph, readSupergraph, subgraphSdl } from '../src/index.js';

/** The description each subgraph's SDL gives a type, by subgraph name (undefined: none given). */
function descriptionsOf(typename: string): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  for (const name of subgraphNames) {
    for (const definition of parse(subgraphSdl(name)).definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typename) found.set(name, definition.description?.value);
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

  // Composition keeps one description per type; a stub's ("as the diplomacy subgraph sees it")
  // once won over the owner's, and the docs explorer showed it.
  it("describes each entity type as its owning subgraph does; a stub says nothing else", () => {
    const api = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    for (const [typename, owner] of Object.entries(committedEntityOwners())) {
      const descriptions = descriptionsOf(typename);
      const owners = descriptions.get(owner);
      expect(owners, `${owner} describes ${typename}`).toBeTruthy();
      expect(api.getType(typename)?.description, typename).toBe(owners);
      for (const [name, description] of descriptions) {
        if (description !== undefined) expect(description, `${name}'s ${typename}`).toBe(owners);
      }
    }
  });
});
