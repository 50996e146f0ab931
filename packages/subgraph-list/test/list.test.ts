import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultUrl, parseSubgraphList, schemaFile, subgraphNamed, subgraphs, urlVariable } from '../src/index.js';

const entry = { name: 'water', port: 4005, database: 'pamir_water', schema: 'services/water/schema.graphql' };

describe('the subgraph list', () => {
  it('parses, each subgraph with a port, a database and an SDL file that exists', () => {
    expect(subgraphs.length).toBeGreaterThan(0);
    for (const subgraph of subgraphs) {
      expect(existsSync(schemaFile(subgraph)), subgraph.schema).toBe(true);
      expect(subgraph.database).toBe(`pamir_${subgraph.name}`);
    }
  });

  it('keeps the start order and the default ports the graph has always had', () => {
    expect(subgraphs.map(({ name, port }) => `${name}:${port}`)).toEqual([
      'reference:4001',
      'security:4002',
      'diplomacy:4003',
      'energy:4004',
    ]);
  });

  it('gives the variables and default URL of a subgraph from its name and port', () => {
    expect(urlVariable('energy')).toBe('ENERGY_URL');
    expect(defaultUrl(subgraphNamed('energy'))).toBe('http://localhost:4004/graphql');
    expect(() => subgraphNamed('water')).toThrow(/no subgraph water .*it lists reference, security/);
  });

  it('refuses a list with a bad entry, naming where', () => {
    expect(parseSubgraphList({ subgraphs: [entry] })).toEqual([entry]);
    const refused = (content: unknown) => () => parseSubgraphList(content, 'list.json');
    expect(refused({ subgraphs: [] })).toThrow(/invalid subgraph list list\.json/);
    expect(refused({ subgraphs: [{ ...entry, name: 'Water-Resources' }] })).toThrow(/subgraphs\.0\.name: a subgraph name is lower case/);
    expect(refused({ subgraphs: [{ ...entry, name: 'gateway' }] })).toThrow(/names of the other processes/);
    expect(refused({ subgraphs: [{ ...entry, port: 70000 }] })).toThrow(/subgraphs\.0\.port/);
    expect(refused({ subgraphs: [{ ...entry, schema: '/abs/schema.graphql' }] })).toThrow(/relative to the repository root/);
    expect(refused({ subgraphs: [{ ...entry, url: 'http://x' }] })).toThrow(/subgraphs\.0/);
    expect(refused({ subgraphs: [entry, { ...entry, name: 'air', database: 'pamir_air' }] })).toThrow(/subgraphs\.1\.port: port 4005 appears twice/);
    expect(refused({ subgraphs: [entry, { ...entry, port: 4006, database: 'pamir_air' }] })).toThrow(/name water appears twice/);
  });
});
