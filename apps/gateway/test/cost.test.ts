import { getOperationAST, Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCostDirectives } from '../src/cost/directives.js';
import { estimateCost } from '../src/cost/estimate.js';
import { costModel } from '../src/cost/model.js';
import { startGraph } from './support/graph.js';
import { composeApiSchema, composeSupergraph, eventsSdl, placesSdl } from './support/subgraphs.js';

const supergraph = composeSupergraph({ places: placesSdl, events: eventsSdl });

describe('@cost and @listSize in a composed supergraph', () => {
  it('composition keeps them on their fields, under the names its @link to the cost spec gives', () => {
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])');
    expect(supergraph).toMatch(/fatalities: Int @cost\(weight: 5\)/);
    expect(supergraph).toMatch(
      /countries\(first: Int = 20\): CountryConnection! @join__field\(graph: PLACES\) @listSize\(slicingArguments: \["first"\], sizedFields: \["nodes", "edges"\], requireOneSlicingArgument: false\)/,
    );
    const directives = readCostDirectives(supergraph);
    expect(directives.fields.get('Event.fatalities')?.weight).toBe(5);
    expect(directives.fields.get('Mutation.addEvent')?.weight).toBe(25);
    expect(directives.fields.get('Event.tags')?.listSize).toEqual({ assumedSize: 3 });
    expect(directives.fields.get('Query.countries')?.listSize).toEqual({
      slicingArguments: ['first'],
      sizedFields: ['nodes', 'edges'],
      requireOneSlicingArgument: false,
    });
  });

  it('reads renamed directives through the link', () => {
    const renamed = supergraph.replace(
      '@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])',
      '@link(url: "https://specs.apollo.dev/cost/v0.1", as: "price", import: [{ name: "@listSize", as: "@size" }])',
    ).replace(/@cost\(/g, '@price(').replace(/@listSize\(/g, '@size(');
    const directives = readCostDirectives(renamed);
    expect(directives.fields.get('Event.fatalities')?.weight).toBe(5);
    expect(directives.fields.get('Event.tags')?.listSize).toEqual({ assumedSize: 3 });
  });
});

describe('the estimate', () => {
  const schema = composeApiSchema({ places: placesSdl, events: eventsSdl });
  const model = costModel(schema, supergraph, 10);
  const estimate = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = getOperationAST(document);
    const fragments = Object.fromEntries(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    if (!operation) throw new Error('no operation');
    return estimateCost(model, operation, fragments, variables);
  };

  it('objects cost 1, scalars 0, @cost what it says', () => {
    expect(estimate('{ country(code: "TJK") { code name } }')).toBe(1);
    expect(estimate('{ event(id: "x") { title fatalities } }')).toBe(1 + 5);
  });

  it('multiplies through nested lists by `first` (literal, variable, default) into the sized fields', () => {
    // countries(first: 3): the connection 1, 3 countries, each with a connection of 2 events at 1 + 5.
    const query = 'query($n: Int) { countries(first: 3) { nodes { events(first: $n) { nodes { fatalities } } } } }';
    expect(estimate(query, { n: 2 })).toBe(1 + 3 * (1 + 1 + 2 * (1 + 5)));
    // No `first`: the argument's default, 20.
    expect(estimate('{ countries { nodes { code } } }')).toBe(1 + 20 * 1);
    // edges and nodes both sized by first.
    expect(estimate('{ countries(first: 5) { edges { node { code } } nodes { code } } }')).toBe(1 + 5 * 2 + 5);
  });

  it('a list of scalars costs nothing unless they carry @cost', () => {
    expect(estimate('{ event(id: "x") { tags } }')).toBe(1);
    expect(estimate('{ event(id: "x") { id } }')).toBe(1);
  });

  it('adds the @cost of each input field the caller fills in, inline or by variable', () => {
    const query = (filter: string) => `query($f: EventFilter) { country(code: "TJK") { events(first: 1, filter: ${filter}) { totalCount } } }`;
    expect(estimate(query('{ search: "dam" }'))).toBe(1 + 1 + 10);
    expect(estimate(query('$f'), { f: { search: 'dam' } })).toBe(1 + 1 + 10);
    expect(estimate(query('{ from: "2023-01-01" }'))).toBe(1 + 1);
    expect(estimate(query('$f'), { f: { search: null } })).toBe(1 + 1);
  });

  it('counts fragments where they are spread', () => {
    expect(estimate('{ countries(first: 4) { nodes { ...F } } } fragment F on Country { events(first: 1) { totalCount } }')).toBe(
      1 + 4 * (1 + 1),
    );
  });

  it('gives a mutation its base cost, or its @cost', () => {
    expect(estimate('mutation { addEvent(title: "x") { id } }')).toBe(25);
  });

  it('estimates an unannotated supergraph from its connections` `first` and a default list size', () => {
    const plain = composeSupergraph({
      places: placesSdl.replace(/@listSize\([^)]*\)/g, ''),
      events: eventsSdl.replace(/@listSize\([^)]*\)|@cost\([^)]*\)/g, ''),
    });
    expect(readCostDirectives(plain).fields.size).toBe(0);
    const unannotated = costModel(schema, plain, 10);
    const operation = getOperationAST(parse('{ countries(first: 3) { nodes { events { nodes { tags fatalities } } } } }'));
    if (!operation) throw new Error('no operation');
    expect(estimateCost(unannotated, operation, {}, {})).toBe(1 + 3 * (1 + 1 + 20 * 1));
  });
});

describe('demand control at the gateway', () => {
  let enforcing: Awaited<ReturnType<typeof startGraph>>;
  let measuring: Awaited<ReturnType<typeof startGraph>>;
  beforeAll(async () => {
    enforcing = await startGraph({ cost: { budget: 100, mode: 'enforce', defaultListSize: 10 } });
    measuring = await startGraph({ cost: { budget: 100, mode: 'measure', defaultListSize: 10 } });
  });
  afterAll(async () => {
    await enforcing.close();
    await measuring.close();
  });

  const expensive = '{ countries(first: 100) { nodes { events(first: 10) { nodes { fatalities } } } } }';

  it('refuses an operation over the budget before any subgraph is called', async () => {
    const before = enforcing.events.reached;
    const answer = await enforcing.post({ query: expensive });
    expect(enforcing.events.reached).toBe(before);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'Estimated cost 6201 exceeds the budget of 100: ask for fewer items (a smaller first) or fewer nested lists.',
      extensions: {
        code: 'COST_ESTIMATED_TOO_EXPENSIVE',
        limit: 100,
        found: 6201,
        cost: { estimated: 6201, budget: 100, mode: 'enforce' },
      },
    });
  });

  it('returns estimated and actual cost when asked with x-pamir-cost: true', async () => {
    const answer = await enforcing.post(
      { query: '{ countries(first: 2) { nodes { events(first: 5) { nodes { fatalities } } } } }' },
      { 'x-pamir-cost': 'true' },
    );
    expect(answer.status).toBe(200);
    // Estimated with 5 events a country; each country has 2: actual 1 + 2 * (1 + 1 + 2 * (1 + 5)).
    expect(answer.body.extensions).toEqual({ cost: { estimated: 1 + 2 * (1 + 1 + 5 * 6), actual: 1 + 2 * (1 + 1 + 2 * 6), budget: 100, mode: 'enforce' } });
    const silent = await enforcing.post({ query: '{ countries(first: 2) { totalCount } }' });
    expect(silent.body.extensions).toBeUndefined();
  });

  it('in measure mode serves it, and records both costs and the over-budget count', async () => {
    const answer = await measuring.post({ query: expensive }, { 'x-pamir-cost': 'true' });
    expect(answer.status).toBe(200);
    expect(answer.body.extensions?.['cost']).toMatchObject({ estimated: 6201, budget: 100, mode: 'measure' });
    const metrics = await measuring.metrics();
    expect(metrics).toMatch(/^pamir_cost_over_budget_total\{mode="measure"\} 1$/m);
    expect(metrics).toMatch(/^pamir_cost_estimated_max 6201$/m);
    expect(metrics).toMatch(/^pamir_cost_actual_sum \d+$/m);
    expect(metrics).not.toMatch(/^pamir_operations_refused_total\{/m);
  });
});
