import { subgraphs } from '@pamir/subgraph-list';
import { describe, expect, it } from 'vitest';
import { peersAt, subgraphEnv } from '../src/index.js';

describe('a subgraph configuration', () => {
  const [first, second] = subgraphs;

  it('takes its default port and database from the subgraph list', () => {
    const config = subgraphEnv(first!.name, { DATABASE_URL: 'postgres://u@db:5432/postgres', PAMIR_DATA_DIR: '/d' });
    expect(config.port).toBe(first!.port);
    expect(config.location).toEqual({ driver: 'postgres', url: `postgres://u@db:5432/${first!.database}` });
    expect(() => subgraphEnv('nowhere', {})).toThrow(/no subgraph nowhere/);
  });

  it('knows where every listed subgraph answers, from <NAME>_URL or by default on this machine', () => {
    const moved = `${second!.name.toUpperCase()}_URL`;
    const config = subgraphEnv(first!.name, { [moved]: 'http://elsewhere:9000/graphql' });
    expect(Object.keys(config.subgraphUrls)).toEqual(subgraphs.map(({ name }) => name));
    expect(config.subgraphUrls[first!.name]).toBe(`http://localhost:${first!.port}/graphql`);
    expect(config.subgraphUrls[second!.name]).toBe('http://elsewhere:9000/graphql');
    expect(() => subgraphEnv(first!.name, { [moved]: 'not a url' })).toThrow(new RegExp(moved));
  });

  it('knows who owns each entity type, from the committed supergraph', () => {
    const { entityOwners } = subgraphEnv(first!.name, {});
    expect(Object.keys(entityOwners).length).toBeGreaterThan(0);
    for (const owner of Object.values(entityOwners)) expect(subgraphs.map(({ name }) => name)).toContain(owner);
  });

  it('asks only subgraphs the list names', async () => {
    const peers = peersAt(subgraphEnv(first!.name, {}).subgraphUrls);
    await expect(peers.ask('nowhere', '{ __typename }')).rejects.toThrow(/no subgraph nowhere to ask/);
  });
});
