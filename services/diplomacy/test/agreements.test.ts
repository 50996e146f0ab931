import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { ids, useSubgraph } from './harness.js';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe.each(testDrivers())('diplomacy agreements on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('looks an agreement up by id, with parties, witnesses, projects, engagement and citations', async () => {
    const data = await subgraph.data(`{
      agreement(id: "fixture-2023-tjk-are-energy-mou") {
        id title summary instrumentType form status signedOn datePrecision enteredIntoForceOn
        place { id }
        parties { country { code } organization { id } signatory { id } }
        witnesses { id }
        subjects
        energyProjects { id }
        engagement { id title }
        citations { quote note source { id } }
      }
    }`);
    expect(data).toEqual({
      agreement: {
        id: 'fixture-2023-tjk-are-energy-mou',
        title: 'Tajikistan–UAE memorandum on renewable energy',
        summary: 'Masdar to study a solar plant in Tajikistan.',
        instrumentType: 'MOU',
        form: 'BILATERAL',
        status: 'SIGNED',
        signedOn: '2023-05-11',
        datePrecision: 'DAY',
        enteredIntoForceOn: null,
        place: { id: 'fixture-abu-dhabi' },
        parties: [
          { country: { code: 'TJK' }, organization: null, signatory: { id: 'emomali-rahmon' } },
          { country: { code: 'ARE' }, organization: { id: 'masdar' }, signatory: { id: 'fixture-uae-president' } },
        ],
        witnesses: [{ id: 'fixture-witness' }],
        subjects: ['ENERGY', 'INVESTMENT'],
        energyProjects: [{ id: 'fixture-solar-plant' }],
        engagement: { id: 'fixture-2023-05-rahmon-visit-abu-dhabi', title: "Rahmon's state visit to the United Arab Emirates" },
        citations: [{ quote: 'a memorandum on renewable energy was signed', note: null, source: { id: 'fixture-asia-plus' } }],
      },
    });
  });

  it('keeps an undated agreement undated, and one without engagement or place without them', async () => {
    const data = await subgraph.data(`{
      agreement(id: "fixture-undated-water-agreement") { signedOn enteredIntoForceOn place { id } engagement { id } witnesses { id } energyProjects { id } }
    }`);
    expect(data).toEqual({
      agreement: {
        signedOn: null,
        enteredIntoForceOn: null,
        place: null,
        engagement: null,
        witnesses: [],
        energyProjects: [{ id: 'fixture-solar-plant' }, { id: 'fixture-power-line' }],
      },
    });
  });

  it('gives null for an unknown id and BAD_USER_INPUT naming the argument for an empty one', async () => {
    expect(await subgraph.data(`{ agreement(id: "no-such-agreement") { id } }`)).toEqual({ agreement: null });
    const { errors } = await subgraph.client().query(`{ agreement(id: " ") { id } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages agreements newest first, undated ones last, counting all of them', async () => {
    const query = `query ($after: String) { agreements(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const page: Page = (await subgraph.data<{ agreements: Page }>(query, { after })).agreements;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map(ids)).toEqual([
      ['fixture-2023-tjk-are-air-services', 'fixture-2023-tjk-are-energy-mou'],
      ['fixture-2022-sco-security-protocol', 'fixture-2019-power-line-contract'],
      ['fixture-undated-water-agreement'],
    ]);
    expect(pages.map((page) => page.totalCount)).toEqual([5, 5, 5]);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    // The edges carry the same cursors as pageInfo.
    const { agreements } = await subgraph.data<{ agreements: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { endCursor: string } } }>(
      `{ agreements(first: 1) { edges { cursor node { id } } pageInfo { endCursor } } }`,
    );
    expect(agreements.edges[0]?.cursor).toBe(agreements.pageInfo.endCursor);
  });

  it('filters agreements by every field of AgreementFilter', async () => {
    const matching = async (filter: string) =>
      ids((await subgraph.data<{ agreements: Page }>(`{ agreements(filter: ${filter}) { nodes { id } } }`)).agreements);
    expect(await matching(`{ countries: ["AFG"] }`)).toEqual(['fixture-undated-water-agreement']);
    expect(await matching(`{ countries: ["CHN", "ARE"] }`)).toEqual([
      'fixture-2023-tjk-are-air-services',
      'fixture-2023-tjk-are-energy-mou',
      'fixture-2022-sco-security-protocol',
      'fixture-2019-power-line-contract', // through its builder's home country, CHN
    ]);
    expect(await matching(`{ organizations: ["sco"] }`)).toEqual(['fixture-2022-sco-security-protocol']);
    expect(await matching(`{ organizations: ["masdar", "fixture-builder"] }`)).toEqual([
      'fixture-2023-tjk-are-energy-mou',
      'fixture-2019-power-line-contract',
    ]);
    // people: signatories and witnesses alike
    expect(await matching(`{ people: ["emomali-rahmon"] }`)).toEqual(['fixture-2023-tjk-are-energy-mou']);
    expect(await matching(`{ people: ["fixture-witness"] }`)).toEqual(['fixture-2023-tjk-are-energy-mou']);
    expect(await matching(`{ people: ["fixture-tjk-foreign-minister"] }`)).toEqual([
      'fixture-2022-sco-security-protocol',
      'fixture-2019-power-line-contract',
    ]);
    expect(await matching(`{ instrumentTypes: [MOU, CONTRACT] }`)).toEqual([
      'fixture-2023-tjk-are-energy-mou',
      'fixture-2019-power-line-contract',
    ]);
    expect(await matching(`{ statuses: [IN_FORCE] }`)).toEqual(['fixture-2023-tjk-are-air-services']);
    expect(await matching(`{ subjects: [ENERGY, WATER] }`)).toEqual([
      'fixture-2023-tjk-are-energy-mou',
      'fixture-undated-water-agreement',
    ]);
    expect(await matching(`{ from: "2022-09-16" }`)).toEqual([
      'fixture-2023-tjk-are-air-services',
      'fixture-2023-tjk-are-energy-mou',
      'fixture-2022-sco-security-protocol',
    ]);
    expect(await matching(`{ to: "2022-09-16" }`)).toEqual(['fixture-2022-sco-security-protocol', 'fixture-2019-power-line-contract']);
    expect(await matching(`{ from: "2023-05-11", to: "2023-05-11" }`)).toEqual(['fixture-2023-tjk-are-energy-mou']);
    expect(await matching(`{ search: "WATER sharing" }`)).toEqual(['fixture-undated-water-agreement']);
    expect(await matching(`{ search: "power line to the south" }`)).toEqual(['fixture-2019-power-line-contract']);
    expect(await matching(`{ search: "%" }`)).toEqual([]);
    expect(await matching(`{ countries: ["TJK"], subjects: [SECURITY], statuses: [SIGNED] }`)).toEqual([
      'fixture-2022-sco-security-protocol',
    ]);
    expect(await matching(`{ countries: [] }`)).toHaveLength(5);
  });

  it('counts only the matching agreements', async () => {
    const { agreements } = await subgraph.data<{ agreements: Page }>(
      `{ agreements(first: 1, filter: { countries: ["ARE"] }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(agreements.totalCount).toBe(2);
    expect(agreements.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses page sizes over 100, foreign cursors and a range that ends before it starts', async () => {
    const errorOf = async (query: string) => (await subgraph.client().query(query)).errors?.[0]?.extensions;
    expect(await errorOf(`{ agreements(first: 101) { totalCount } }`)).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await errorOf(`{ agreements(after: "nonsense") { totalCount } }`)).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(await errorOf(`{ agreements(filter: { from: "2023-01-02", to: "2023-01-01" }) { totalCount } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.from',
    });
    expect(await errorOf(`{ agreements(filter: { from: "2023-02-30" }) { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('resolves agreement references in one statement, unknown ones to null', async () => {
    const before = subgraph.database().statements();
    const data = await subgraph.data(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agreement { id status } } }`,
      {
        reps: [
          { __typename: 'Agreement', id: 'fixture-2022-sco-security-protocol' },
          { __typename: 'Agreement', id: 'no-such-agreement' },
          { __typename: 'Agreement', id: 'fixture-2023-tjk-are-air-services' },
        ],
      },
    );
    expect(data).toEqual({
      _entities: [{ id: 'fixture-2022-sco-security-protocol', status: 'SIGNED' }, null, { id: 'fixture-2023-tjk-are-air-services', status: 'IN_FORCE' }],
    });
    expect(subgraph.database().statements() - before).toBe(1);
  });
});
