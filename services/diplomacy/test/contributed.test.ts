import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { useSubgraph } from './harness.js';

// The fields this subgraph adds to Country, Organization, Person and EnergyProject, reached as the
// gateway reaches them: through _entities with representations.

const entities = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Country {
      code
      agreements { totalCount nodes { id } }
      engagements { totalCount nodes { id } }
    }
    ... on Organization {
      id
      agreements { totalCount nodes { id } }
      engagements { totalCount nodes { id } }
    }
    ... on Person {
      id
      agreements { totalCount nodes { id } }
      engagements { totalCount nodes { id } }
    }
    # a list here, a connection above: the alias keeps the two apart, as the gateway's plans do
    ... on EnergyProject { id concerning: agreements { id signedOn } }
  }
}`;

describe.each(testDrivers())('diplomacy contributed fields on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('lists a country’s agreements and engagements', async () => {
    const data = await subgraph.data(entities, {
      reps: [
        { __typename: 'Country', code: 'ARE' },
        { __typename: 'Country', code: 'AFG' },
        { __typename: 'Country', code: 'KAZ' },
      ],
    });
    expect(data).toEqual({
      _entities: [
        {
          code: 'ARE',
          agreements: { totalCount: 2, nodes: [{ id: 'fixture-2023-tjk-are-air-services' }, { id: 'fixture-2023-tjk-are-energy-mou' }] },
          engagements: { totalCount: 1, nodes: [{ id: 'fixture-2023-05-rahmon-visit-abu-dhabi' }] },
        },
        {
          code: 'AFG',
          agreements: { totalCount: 1, nodes: [{ id: 'fixture-undated-water-agreement' }] },
          engagements: { totalCount: 1, nodes: [{ id: 'fixture-2021-03-call-kabul' }] },
        },
        { code: 'KAZ', agreements: { totalCount: 0, nodes: [] }, engagements: { totalCount: 0, nodes: [] } },
      ],
    });
  });

  it('lists an organisation’s agreements and engagements', async () => {
    const data = await subgraph.data(entities, {
      reps: [
        { __typename: 'Organization', id: 'sco' },
        { __typename: 'Organization', id: 'masdar' },
      ],
    });
    expect(data).toEqual({
      _entities: [
        {
          id: 'sco',
          agreements: { totalCount: 1, nodes: [{ id: 'fixture-2022-sco-security-protocol' }] },
          engagements: { totalCount: 1, nodes: [{ id: 'fixture-2022-09-sco-summit' }] },
        },
        {
          id: 'masdar',
          agreements: { totalCount: 1, nodes: [{ id: 'fixture-2023-tjk-are-energy-mou' }] },
          engagements: { totalCount: 0, nodes: [] },
        },
      ],
    });
  });

  it('lists the agreements a person signed or witnessed and the engagements they took part in', async () => {
    const data = await subgraph.data(entities, {
      reps: [
        { __typename: 'Person', id: 'fixture-tjk-foreign-minister' },
        { __typename: 'Person', id: 'fixture-witness' },
      ],
    });
    expect(data).toEqual({
      _entities: [
        {
          id: 'fixture-tjk-foreign-minister',
          agreements: { totalCount: 2, nodes: [{ id: 'fixture-2022-sco-security-protocol' }, { id: 'fixture-2019-power-line-contract' }] },
          engagements: { totalCount: 1, nodes: [{ id: 'fixture-2021-03-call-kabul' }] },
        },
        {
          id: 'fixture-witness',
          agreements: { totalCount: 1, nodes: [{ id: 'fixture-2023-tjk-are-energy-mou' }] },
          engagements: { totalCount: 0, nodes: [] },
        },
      ],
    });
  });

  it('lists the agreements concerning energy projects, newest first, in one statement for many projects', async () => {
    const before = subgraph.database().statements();
    const data = await subgraph.data(entities, {
      reps: [
        { __typename: 'EnergyProject', id: 'fixture-solar-plant' },
        { __typename: 'EnergyProject', id: 'fixture-power-line' },
        { __typename: 'EnergyProject', id: 'fixture-unrelated-project' },
      ],
    });
    expect(data).toEqual({
      _entities: [
        {
          id: 'fixture-solar-plant',
          concerning: [
            { id: 'fixture-2023-tjk-are-energy-mou', signedOn: '2023-05-11' },
            { id: 'fixture-undated-water-agreement', signedOn: null },
          ],
        },
        {
          id: 'fixture-power-line',
          concerning: [
            { id: 'fixture-2019-power-line-contract', signedOn: '2019-01-01' },
            { id: 'fixture-undated-water-agreement', signedOn: null },
          ],
        },
        { id: 'fixture-unrelated-project', concerning: [] },
      ],
    });
    expect(subgraph.database().statements() - before).toBe(1);
  });

  it('answers the lists of many countries, organisations and people in as many statements as of one each', async () => {
    const statementsFor = async (reps: { __typename: string; code?: string; id?: string }[]) => {
      const before = subgraph.database().statements();
      await subgraph.data(entities, { reps });
      return subgraph.database().statements() - before;
    };
    const one = await statementsFor([
      { __typename: 'Country', code: 'TJK' },
      { __typename: 'Organization', id: 'masdar' },
      { __typename: 'Person', id: 'emomali-rahmon' },
    ]);
    const many = await statementsFor([
      ...['TJK', 'ARE', 'CHN', 'AFG'].map((code) => ({ __typename: 'Country', code })),
      ...['masdar', 'sco', 'fixture-builder'].map((id) => ({ __typename: 'Organization', id })),
      ...['emomali-rahmon', 'fixture-uae-president', 'fixture-witness'].map((id) => ({ __typename: 'Person', id })),
    ]);
    expect(many).toBe(one);
    // for each of the three kinds of parent: the agreements' pages and counts, the engagements' pages and counts
    expect(one).toBe(12);
  });

  it('applies the caller’s filter and pages within a contributed list', async () => {
    const data = await subgraph.data<{ _entities: { agreements: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }[] }>(
      `query ($reps: [_Any!]!) {
        _entities(representations: $reps) {
          ... on Country {
            agreements(first: 1, filter: { subjects: [SECURITY, TRANSPORT, WATER] }) { totalCount nodes { id } pageInfo { hasNextPage } }
          }
        }
      }`,
      { reps: [{ __typename: 'Country', code: 'TJK' }] },
    );
    expect(data._entities[0]?.agreements).toEqual({
      totalCount: 3,
      nodes: [{ id: 'fixture-2023-tjk-are-air-services' }],
      pageInfo: { hasNextPage: true },
    });
    // The filter narrows within the country's list; it cannot widen it.
    const widened = await subgraph.data(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Country { engagements(filter: { countries: ["CHN"] }) { nodes { id } } } } }`,
      { reps: [{ __typename: 'Country', code: 'AFG' }] },
    );
    expect(widened).toEqual({ _entities: [{ engagements: { nodes: [] } }] });
  });

  it('checks the arguments of contributed lists as the top-level lists do', async () => {
    const { errors } = await subgraph.client().query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { engagements(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } } } }`,
      { reps: [{ __typename: 'Person', id: 'emomali-rahmon' }] },
    );
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    const tooMany = await subgraph.client().query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { agreements(first: 101) { totalCount } } } }`,
      { reps: [{ __typename: 'Organization', id: 'sco' }] },
    );
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
