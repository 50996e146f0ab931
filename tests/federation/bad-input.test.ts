import { describe, expect, it } from 'vitest';
import { sharedGraph } from '../kit/shared.js';

// What a client sees for input the graph cannot take: a BAD_USER_INPUT naming the argument, a
// null for an id that names nothing, and never a database's own words.
describe('bad input through the gateway', () => {
  const stack = sharedGraph('pglite');

  const firstError = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await stack.query(query, variables);
    expect(errors, `expected an error from ${query}`).toBeDefined();
    return errors![0]!;
  };

  it('gives null for an unknown id, in every subgraph', async () => {
    const { data, errors } = await stack.query(`{
      country(code: "XXX") { name }
      securityEvent(id: "no-such-event") { title }
      agreement(id: "no-such-agreement") { title }
      energyProject(id: "no-such-project") { name }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ country: null, securityEvent: null, agreement: null, energyProject: null });
  });

  it('names the argument of an empty id', async () => {
    const error = await firstError(`{ securityEvent(id: "") { title } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('names the argument of an id of the wrong type', async () => {
    const error = await firstError(`{ energyProject(id: true) { name } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('names `first` when it is above 100 or below 0', async () => {
    for (const first of [101, -1]) {
      const error = await firstError(`query ($first: Int) { securityEvents(first: $first) { totalCount } }`, { first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('names the field of an unknown enum value, written inline or passed as a variable', async () => {
    const inline = await firstError(`{ securityEvents(filter: { eventTypes: [PICNIC] }) { totalCount } }`);
    expect(inline.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.eventTypes' });
    const variable = await firstError(`query ($f: SecurityEventFilter) { securityEvents(filter: $f) { totalCount } }`, {
      f: { eventTypes: ['PICNIC'] },
    });
    expect(variable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'f.eventTypes[0]' });
  });

  it('names the field of a date that is not YYYY-MM-DD, or not a real date', async () => {
    for (const from of ['2023-13-01', '01/02/2023', '2023-02-30']) {
      const error = await firstError(`{ agreements(filter: { from: "${from}" }) { totalCount } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    }
  });

  it('names filter.from when it comes after filter.to', async () => {
    for (const query of [
      `{ securityEvents(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }`,
      `{ engagements(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }`,
      `{ country(code: "TJK") { securityEvents(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } } }`,
    ]) {
      const error = await firstError(query);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    }
  });

  it('answers 400 for an operation name the document does not hold', async () => {
    const response = await fetch(stack.address.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Known { country(code: "TJK") { name } }', operationName: 'Unknown' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it("refuses another list's cursor without leaking SQL", async () => {
    const places = await stack.query<{ places: { pageInfo: { endCursor: string } } }>(`{ places(first: 1) { pageInfo { endCursor } } }`);
    const cursor = places.data!.places.pageInfo.endCursor;
    const error = await firstError(`query ($after: String) { securityEvents(after: $after) { totalCount nodes { id } } }`, { after: cursor });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(JSON.stringify(error)).not.toMatch(/select|syntax|invalid input|postgres|drizzle/i);
  });
});
