import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { ids, useSubgraph } from './harness.js';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const visit = 'fixture-2023-05-rahmon-visit-abu-dhabi';
const summit = 'fixture-2022-09-sco-summit';
const call = 'fixture-2021-03-call-kabul';

describe.each(testDrivers())('diplomacy engagements on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('looks an engagement up by id, with participants, the agreements signed at it and citations', async () => {
    const data = await subgraph.data(`{
      engagement(id: "${visit}") {
        id title summary kind cameoCode startDate endDate datePrecision
        place { id }
        participants { country { code } organization { id } person { id } role }
        agreements { id }
        citations { quote note source { id } }
      }
    }`);
    expect(data).toEqual({
      engagement: {
        id: visit,
        title: "Rahmon's state visit to the United Arab Emirates",
        summary: 'The president of Tajikistan visited Abu Dhabi; energy and air links were signed.',
        kind: 'STATE_VISIT',
        cameoCode: '042',
        startDate: '2023-05-10',
        endDate: '2023-05-12',
        datePrecision: 'DAY',
        place: { id: 'fixture-abu-dhabi' },
        participants: [
          { country: { code: 'TJK' }, organization: null, person: { id: 'emomali-rahmon' }, role: 'GUEST' },
          { country: { code: 'ARE' }, organization: null, person: { id: 'fixture-uae-president' }, role: 'HOST' },
        ],
        // newest first
        agreements: [{ id: 'fixture-2023-tjk-are-air-services' }, { id: 'fixture-2023-tjk-are-energy-mou' }],
        citations: [{ quote: 'Rahmon arrived in Abu Dhabi', note: 'start of the visit', source: { id: 'fixture-asia-plus' } }],
      },
    });
  });

  it('gives an engagement without agreements an empty list, and keeps a month-precise date', async () => {
    expect(await subgraph.data(`{ engagement(id: "${call}") { startDate endDate datePrecision summary place { id } agreements { id } } }`)).toEqual({
      engagement: { startDate: '2021-03-01', endDate: null, datePrecision: 'MONTH', summary: null, place: null, agreements: [] },
    });
  });

  it('gives null for an unknown id and BAD_USER_INPUT naming the argument for an empty one', async () => {
    expect(await subgraph.data(`{ engagement(id: "no-such-engagement") { id } }`)).toEqual({ engagement: null });
    const { errors } = await subgraph.client().query(`{ engagement(id: "") { id } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages engagements newest first, counting all of them', async () => {
    const query = `query ($after: String) { engagements(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await subgraph.data<{ engagements: Page }>(query)).engagements;
    expect(ids(first)).toEqual([visit, summit]);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await subgraph.data<{ engagements: Page }>(query, { after: first.pageInfo.endCursor })).engagements;
    expect(ids(second)).toEqual([call]);
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const empty = (await subgraph.data<{ engagements: Page }>(`{ engagements(first: 0) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`)).engagements;
    expect(empty).toEqual({ totalCount: 3, nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('filters engagements by every field of EngagementFilter', async () => {
    const matching = async (filter: string) =>
      ids((await subgraph.data<{ engagements: Page }>(`{ engagements(filter: ${filter}) { nodes { id } } }`)).engagements);
    expect(await matching(`{ countries: ["CHN"] }`)).toEqual([summit]);
    expect(await matching(`{ countries: ["TJK", "AFG"] }`)).toEqual([visit, summit, call]);
    expect(await matching(`{ organizations: ["sco"] }`)).toEqual([summit]);
    expect(await matching(`{ people: ["emomali-rahmon"] }`)).toEqual([visit]);
    expect(await matching(`{ people: ["fixture-tjk-foreign-minister", "fixture-uae-president"] }`)).toEqual([visit, call]);
    expect(await matching(`{ kinds: [CALL, SUMMIT] }`)).toEqual([summit, call]);
    expect(await matching(`{ from: "2022-09-15" }`)).toEqual([visit, summit]);
    expect(await matching(`{ to: "2022-09-15" }`)).toEqual([summit, call]);
    expect(await matching(`{ from: "2022-01-01", to: "2022-12-31" }`)).toEqual([summit]);
    expect(await matching(`{ search: "samarkand" }`)).toEqual([summit]);
    expect(await matching(`{ search: "ABU DHABI" }`)).toEqual([visit]);
    expect(await matching(`{ search: "_" }`)).toEqual([]);
    expect(await matching(`{ countries: ["TJK"], kinds: [STATE_VISIT], people: ["emomali-rahmon"] }`)).toEqual([visit]);
    expect(await matching(`{ statuses: [SCHEDULED, PLANNED, INVITED] }`)).toEqual([visit]);
    expect(await matching(`{ statuses: [REPORTED] }`)).toEqual([summit, call]);
  });

  it('refuses page sizes over 100 and a range that ends before it starts', async () => {
    const errorOf = async (query: string) => (await subgraph.client().query(query)).errors?.[0]?.extensions;
    expect(await errorOf(`{ engagements(first: 101) { totalCount } }`)).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await errorOf(`{ engagements(filter: { from: "2023-01-02", to: "2023-01-01" }) { totalCount } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.from',
    });
  });

  it('resolves engagement references in one statement', async () => {
    const before = subgraph.database().statements();
    const data = await subgraph.data(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on DiplomaticEngagement { id kind } } }`,
      { reps: [{ __typename: 'DiplomaticEngagement', id: call }, { __typename: 'DiplomaticEngagement', id: visit }] },
    );
    expect(data).toEqual({ _entities: [{ id: call, kind: 'CALL' }, { id: visit, kind: 'STATE_VISIT' }] });
    expect(subgraph.database().statements() - before).toBe(1);
  });
});
