import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceScalars } from '../src/scalars.js';
import { SubgraphSource } from '../src/subgraph-source.js';

const apiSchema = () =>
  buildSchema(readFileSync(new URL('../../../packages/supergraph/schema.graphql', import.meta.url), 'utf8'));

describe('the gateway', () => {
  it("checks Date values itself, as the subgraphs would", () => {
    const schema = apiSchema();
    const query = parse('{ agreements(filter: { from: "2023-02-30" }) { totalCount } }');
    expect(validate(schema, query)).toEqual([]); // the supergraph alone takes any string
    enforceScalars(schema);
    const [error] = validate(schema, query);
    expect(error?.message).toMatch(/real calendar date/);
  });

  it('names a subgraph it cannot reach', async () => {
    const source = new SubgraphSource('energy', { url: 'http://127.0.0.1:1/graphql' });
    const failure = await source
      .process({
        kind: 'UNKNOWN' as never,
        request: { query: '{ __typename }', http: { method: 'POST', url: 'http://127.0.0.1:1/graphql', headers: new Headers() } },
        context: {},
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'energy' } });
  });
});
