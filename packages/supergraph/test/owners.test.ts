import { subgraphNames } from '@pamir/subgraph-list';
import { describe, expect, it } from 'vitest';
import { committedEntityOwners, entityOwners } from '../src/index.js';

const supergraph = (query: string, types: string) => `
enum join__Graph {
  ONE @join__graph(name: "one", url: "http://one.invalid/graphql")
  TWO @join__graph(name: "two", url: "http://two.invalid/graphql")
}
type Query @join__type(graph: ONE) @join__type(graph: TWO) {
${query}
}
${types}
`;

const thing = `type Thing @join__type(graph: ONE, key: "id") @join__type(graph: TWO, key: "id") { id: ID! }`;

describe('entity owners', () => {
  it('are read from the committed supergraph: the subgraph whose root fields return the type', () => {
    const owners = committedEntityOwners();
    // A subgraph added later brings entities of its own; these stay where they are.
    expect(owners).toMatchObject({
      Agreement: 'diplomacy',
      Country: 'reference',
      DiplomaticEngagement: 'diplomacy',
      EnergyProject: 'energy',
      Estimate: 'reference',
      MilitaryFacility: 'security',
      Organization: 'reference',
      Person: 'reference',
      Place: 'reference',
      SecurityEvent: 'security',
      SourceDocument: 'reference',
    });
    for (const owner of Object.values(owners)) expect(subgraphNames).toContain(owner);
  });

  it('count a list of the type but not a connection to it', () => {
    const sdl = supergraph(
      `things: [Thing] @join__field(graph: TWO)\n  page: ThingConnection @join__field(graph: ONE)`,
      `${thing}\ntype ThingConnection @join__type(graph: ONE) { nodes: [Thing!]! }`,
    );
    expect(entityOwners(sdl)).toEqual({ Thing: 'two' });
  });

  it('refuse a type two subgraphs serve from the root', () => {
    const sdl = supergraph(`a: Thing @join__field(graph: ONE)\n  b: Thing! @join__field(graph: TWO)`, thing);
    expect(() => entityOwners(sdl)).toThrow(/Thing is served from the root by one and two: which of them owns it\?/);
  });

  it('refuse an owner that cannot resolve the type by its key', () => {
    const sdl = supergraph(
      `a: Thing @join__field(graph: ONE)`,
      `type Thing @join__type(graph: ONE, key: "id", resolvable: false) @join__type(graph: TWO, key: "id") { id: ID! }`,
    );
    expect(() => entityOwners(sdl)).toThrow(/Thing is served from the root by one, which does not resolve it by its key/);
  });

  it('leave an entity no subgraph serves from the root without an owner', () => {
    expect(entityOwners(supergraph(`n: Int @join__field(graph: ONE)`, thing))).toEqual({});
  });
});
