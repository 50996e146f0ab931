import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './service.js';

// The fields this subgraph adds to Country and Organization, reached as the gateway reaches them.

const entities = `query ($reps: [_Any!]!, $filter: EnergyProjectFilter, $first: Int, $after: String) {
  _entities(representations: $reps) {
    ... on Country { code energyProjects(filter: $filter, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } energyTargets { id byYear } }
    ... on Organization { id energyProjects(filter: $filter, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } }
  }
}`;

describe.each(testDrivers())('contributed fields on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('gives a country its projects in any role and its targets', async () => {
    const { data, errors } = await service.client.query(entities, {
      reps: [
        { __typename: 'Country', code: 'TJK' },
        { __typename: 'Country', code: 'AFG' },
        { __typename: 'Country', code: 'UZB' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          code: 'TJK',
          energyProjects: {
            totalCount: 3,
            nodes: [{ id: 'casa-1000' }, { id: 'fixture-nurek-floating-solar' }, { id: 'rogun' }],
            pageInfo: { hasNextPage: false },
          },
          energyTargets: [
            { id: 'tjk-hydro-2030', byYear: 2030 },
            { id: 'tjk-renewables-2032', byYear: 2032 },
            { id: 'tjk-solar-undated', byYear: null },
          ],
        },
        {
          code: 'AFG',
          energyProjects: {
            totalCount: 2,
            nodes: [{ id: 'fixture-afghan-wind' }, { id: 'casa-1000' }],
            pageInfo: { hasNextPage: false },
          },
          energyTargets: [{ id: 'afg-solar-2030', byYear: 2030 }],
        },
        {
          code: 'UZB',
          energyProjects: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } },
          energyTargets: [],
        },
      ],
    });
  });

  it('gives an organisation the projects it has a stake in, in any role', async () => {
    const { data, errors } = await service.client.query(entities, {
      reps: [
        { __typename: 'Organization', id: 'fixture-barqi-tojik' },
        { __typename: 'Organization', id: 'fixture-masdar' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          id: 'fixture-barqi-tojik',
          energyProjects: {
            totalCount: 2,
            nodes: [{ id: 'casa-1000' }, { id: 'rogun' }],
            pageInfo: { hasNextPage: false },
          },
        },
        {
          id: 'fixture-masdar',
          energyProjects: {
            totalCount: 2,
            nodes: [{ id: 'fixture-afghan-wind' }, { id: 'fixture-nurek-floating-solar' }],
            pageInfo: { hasNextPage: false },
          },
        },
      ],
    });
  });

  it('applies the list filter on top of the parent, and pages', async () => {
    const query = (reps: object[], variables: object) =>
      service.client.query(entities, { reps, ...variables });
    const tajikistan = [{ __typename: 'Country', code: 'TJK' }];
    expect((await query(tajikistan, { filter: { countries: ['PAK'] } })).data).toMatchObject({
      _entities: [{ energyProjects: { totalCount: 1, nodes: [{ id: 'casa-1000' }] } }],
    });
    expect(
      (await query(tajikistan, { filter: { technologies: ['HYDRO'], statuses: ['CONSTRUCTION'] } })).data,
    ).toMatchObject({
      _entities: [{ energyProjects: { totalCount: 1, nodes: [{ id: 'rogun' }] } }],
    });
    expect((await query(tajikistan, { first: 1 })).data).toMatchObject({
      _entities: [
        { energyProjects: { totalCount: 3, nodes: [{ id: 'casa-1000' }], pageInfo: { hasNextPage: true } } },
      ],
    });
    const worldBank = [{ __typename: 'Organization', id: 'world-bank' }];
    expect((await query(worldBank, { filter: { countries: ['AFG'] } })).data).toMatchObject({
      _entities: [{ energyProjects: { totalCount: 1, nodes: [{ id: 'casa-1000' }] } }],
    });
    const { errors } = await query(worldBank, { first: 101 });
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it("loads many countries' targets in one statement", async () => {
    const before = service.database.statements();
    const { data, errors } = await service.client.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Country { energyTargets { id } } } }`,
      { reps: ['TJK', 'AFG', 'UZB', 'KGZ'].map((code) => ({ __typename: 'Country', code })) },
    );
    expect(errors).toBeUndefined();
    expect(
      (data as { _entities: { energyTargets: unknown[] }[] })._entities.map((c) => c.energyTargets.length),
    ).toEqual([3, 1, 0, 0]);
    expect(service.database.statements() - before).toBe(1);
  });
});
