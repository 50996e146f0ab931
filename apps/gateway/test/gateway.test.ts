import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceScalars } from '../src/scalars.js';

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
});
