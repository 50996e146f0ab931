import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOf, startTestService, type TestService } from './service.js';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe.each(testDrivers())('energy projects on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const projectIds = async (filter: string) => {
    const { data, errors } = await service.client.query(
      `{ energyProjects(filter: ${filter}) { nodes { id } } }`,
    );
    expect(errors).toBeUndefined();
    return idsOf((data as { energyProjects: Page }).energyProjects);
  };

  it('looks a project up by id, with its countries, stakeholders, milestones oldest first and citations', async () => {
    const { data, errors } = await service.client.query(`{
      energyProject(id: "casa-1000") {
        id name aliases summary kind technologies status capacityMw storageMwh
        countries { country { code } role capacityMw }
        stakeholders { organization { id } role }
        place { id }
        milestones { date datePrecision description citations { quote source { id } } }
        citations { quote note source { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      energyProject: {
        id: 'casa-1000',
        name: 'CASA-1000',
        aliases: ['Central Asia-South Asia power project'],
        summary: 'An interconnector to sell summer hydropower from Kyrgyzstan and Tajikistan to Pakistan.',
        kind: 'TRANSMISSION',
        technologies: ['HVDC_TRANSMISSION', 'HVAC_TRANSMISSION'],
        status: 'CONSTRUCTION',
        capacityMw: 1300,
        storageMwh: null,
        countries: [
          { country: { code: 'TJK' }, role: 'HOST', capacityMw: null },
          { country: { code: 'KGZ' }, role: 'HOST', capacityMw: null },
          { country: { code: 'AFG' }, role: 'TRANSIT', capacityMw: 300 },
          { country: { code: 'PAK' }, role: 'OFFTAKER', capacityMw: 1300 },
        ],
        stakeholders: [
          { organization: { id: 'world-bank' }, role: 'FINANCIER' },
          { organization: { id: 'fixture-barqi-tojik' }, role: 'GOVERNMENT_COUNTERPART' },
        ],
        place: null,
        milestones: [
          {
            date: '2016-05-12',
            datePrecision: 'DAY',
            description: 'Groundbreaking in Dushanbe.',
            citations: [{ quote: 'groundbreaking', source: { id: 'fixture-asia-plus' } }],
          },
          {
            date: '2021-08-15',
            datePrecision: 'DAY',
            description: 'Works in Afghanistan halt after the Taliban take Kabul.',
            citations: [{ quote: 'halted', source: { id: 'fixture-reuters' } }],
          },
          {
            date: '2024-01-01',
            datePrecision: 'YEAR',
            description: 'Works in Afghanistan resume.',
            citations: [{ quote: 'resumed', source: { id: 'fixture-reuters' } }],
          },
        ],
        citations: [
          { quote: 'CASA-1000', note: null, source: { id: 'fixture-reuters' } },
          { quote: '1,300 megawatts', note: null, source: { id: 'fixture-asia-plus' } },
        ],
      },
    });
  });

  it('gives a project its place as a reference, and a milestone all its citations', async () => {
    const { data } = await service.client.query(`{
      energyProject(id: "rogun") { place { id } storageMwh milestones { date citations { quote } } }
    }`);
    expect(data).toEqual({
      energyProject: {
        place: { id: 'rogun' },
        storageMwh: null,
        milestones: [
          { date: '2016-10-01', citations: [{ quote: 'diverted the Vakhsh' }, { quote: 'Rogun dam' }] },
          { date: '2018-11-16', citations: [{ quote: 'first unit' }] },
        ],
      },
    });
  });

  it('gives null for an unknown id and BAD_USER_INPUT naming the argument for an empty one', async () => {
    expect((await service.client.query(`{ energyProject(id: "no-such-project") { id } }`)).data).toEqual({
      energyProject: null,
    });
    const { errors } = await service.client.query(`{ energyProject(id: " ") { id } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages projects by name with cursors, counting all matches on every page', async () => {
    const query = `query ($after: String) {
      energyProjects(first: 2, after: $after) { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const first = (await service.client.query(query)).data as {
      energyProjects: Page & { edges: { cursor: string }[] };
    };
    expect(first.energyProjects.totalCount).toBe(4);
    expect(idsOf(first.energyProjects)).toEqual(['fixture-afghan-wind', 'casa-1000']);
    expect(first.energyProjects.pageInfo.hasNextPage).toBe(true);
    expect(first.energyProjects.pageInfo.endCursor).toBe(first.energyProjects.edges[1]?.cursor);

    const second = (await service.client.query(query, { after: first.energyProjects.pageInfo.endCursor }))
      .data as {
      energyProjects: Page;
    };
    expect(second.energyProjects.totalCount).toBe(4);
    expect(idsOf(second.energyProjects)).toEqual(['fixture-nurek-floating-solar', 'rogun']);
    expect(second.energyProjects.pageInfo.hasNextPage).toBe(false);

    const third = (await service.client.query(query, { after: second.energyProjects.pageInfo.endCursor }))
      .data as {
      energyProjects: Page;
    };
    expect(third.energyProjects).toMatchObject({
      totalCount: 4,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('refuses page sizes outside 0..100 and cursors it did not give out', async () => {
    for (const first of [101, -1]) {
      const { errors } = await service.client.query(
        `query ($first: Int) { energyProjects(first: $first) { totalCount } }`,
        {
          first,
        },
      );
      expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    const { errors } = await service.client.query(`{ energyProjects(after: "not-a-cursor") { totalCount } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('filters by countries in any role', async () => {
    expect(await projectIds(`{ countries: ["AFG"] }`)).toEqual(['fixture-afghan-wind', 'casa-1000']);
    expect(await projectIds(`{ countries: ["PAK", "KGZ"] }`)).toEqual(['casa-1000']);
    expect(await projectIds(`{ countries: ["UZB"] }`)).toEqual([]);
    expect(await projectIds(`{ countries: [] }`)).toHaveLength(4);
  });

  it('filters by statuses, kinds and technologies (any of them)', async () => {
    expect(await projectIds(`{ statuses: [CONSTRUCTION] }`)).toEqual(['casa-1000', 'rogun']);
    expect(await projectIds(`{ statuses: [ANNOUNCED, PRE_CONSTRUCTION] }`)).toEqual([
      'fixture-afghan-wind',
      'fixture-nurek-floating-solar',
    ]);
    expect(await projectIds(`{ kinds: [TRANSMISSION, PROGRAMME] }`)).toEqual([
      'fixture-afghan-wind',
      'casa-1000',
    ]);
    expect(await projectIds(`{ technologies: [HYDRO, WIND] }`)).toEqual(['fixture-afghan-wind', 'rogun']);
    expect(await projectIds(`{ technologies: [BATTERY_STORAGE] }`)).toEqual(['fixture-nurek-floating-solar']);
    expect(await projectIds(`{ technologies: [COAL] }`)).toEqual([]);
  });

  it('filters by stakeholders in any role', async () => {
    expect(await projectIds(`{ stakeholders: ["world-bank"] }`)).toEqual(['casa-1000', 'rogun']);
    expect(await projectIds(`{ stakeholders: ["fixture-masdar", "fixture-webuild"] }`)).toEqual([
      'fixture-afghan-wind',
      'fixture-nurek-floating-solar',
      'rogun',
    ]);
  });

  it('searches name, aliases and summary case-insensitively, with wildcards taken literally', async () => {
    expect(await projectIds(`{ search: "casa" }`)).toEqual(['casa-1000']);
    expect(await projectIds(`{ search: "ROGUN hpp" }`)).toEqual(['rogun']);
    expect(await projectIds(`{ search: "vakhsh" }`)).toEqual(['rogun']);
    expect(await projectIds(`{ search: "herat" }`)).toEqual(['fixture-afghan-wind']);
    expect(await projectIds(`{ search: "%" }`)).toEqual([]);
    expect(await projectIds(`{ search: "  " }`)).toHaveLength(4);
  });

  it('combines filter fields with AND', async () => {
    expect(
      await projectIds(`{ countries: ["TJK"], statuses: [CONSTRUCTION], technologies: [HYDRO] }`),
    ).toEqual(['rogun']);
    expect(await projectIds(`{ countries: ["AFG"], stakeholders: ["world-bank"] }`)).toEqual(['casa-1000']);
    expect(await projectIds(`{ kinds: [GENERATION], search: "wind" }`)).toEqual([]);
  });

  it('refuses a filter value outside the enums as bad input', async () => {
    const literal = await service.client.query(
      `{ energyProjects(filter: { statuses: [BUILT] }) { totalCount } }`,
    );
    expect(literal.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const variable = await service.client.query(
      `query ($filter: EnergyProjectFilter) { energyProjects(filter: $filter) { totalCount } }`,
      { filter: { technologies: ['NUCLEAR'] } },
    );
    expect(variable.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.technologies[0]',
    });
  });

  it('resolves project references from other subgraphs in one statement', async () => {
    const before = service.database.statements();
    const { data, errors } = await service.client.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on EnergyProject { id name } } }`,
      {
        reps: [
          { __typename: 'EnergyProject', id: 'rogun' },
          { __typename: 'EnergyProject', id: 'no-such-project' },
          { __typename: 'EnergyProject', id: 'casa-1000' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        { id: 'rogun', name: 'Rogun Hydropower Plant' },
        null,
        { id: 'casa-1000', name: 'CASA-1000' },
      ],
    });
    expect(service.database.statements() - before).toBe(1);
  });
});
