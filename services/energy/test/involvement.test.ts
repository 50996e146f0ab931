import { readFile } from 'node:fs/promises';
import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedData, schema } from '../src/app.js';
import { dataDir } from '../src/data/load.js';
import { idsOf, startTestService, type TestService } from './service.js';

// "Involving": the projects a country, organisation or person takes part in, and how
// (`involvement(of:)`), on the fixtures plus one project whose financier's home country is not a
// project country, so that the country finds it only through the financier.

/**
 * Hosted in Tajikistan and sold to Uzbekistan; Tajikistan's utility deals with it, a Chinese bank and
 * the World Bank finance it, Masdar develops and operates it. Rows go in out of order, so the
 * roles' order can only come from their positions.
 */
async function insertChineseFinancedProject(service: TestService): Promise<void> {
  const db = service.database.db;
  const projectId = 'fixture-dangara-solar';
  await db.insert(schema.energyProjects).values({
    id: projectId,
    name: 'Dangara Solar Park',
    kind: 'GENERATION',
    status: 'ANNOUNCED',
    technologies: ['SOLAR_PV'],
  });
  await db.insert(schema.projectCountries).values([
    { projectId, position: 1, countryCode: 'UZB', role: 'OFFTAKER' },
    { projectId, position: 0, countryCode: 'TJK', role: 'HOST' },
  ]);
  await db.insert(schema.projectStakeholders).values([
    {
      projectId,
      position: 4,
      organizationId: 'fixture-masdar',
      organizationCountryCode: 'ARE',
      role: 'OPERATOR',
    },
    {
      projectId,
      position: 3,
      organizationId: 'world-bank',
      organizationCountryCode: null,
      role: 'FINANCIER',
    },
    {
      projectId,
      position: 2,
      organizationId: 'fixture-masdar',
      organizationCountryCode: 'ARE',
      role: 'DEVELOPER',
    },
    {
      projectId,
      position: 1,
      organizationId: 'fixture-china-exim',
      organizationCountryCode: 'CHN',
      role: 'FINANCIER',
    },
    {
      projectId,
      position: 0,
      organizationId: 'fixture-barqi-tojik',
      organizationCountryCode: 'TJK',
      role: 'GOVERNMENT_COUNTERPART',
    },
  ]);
}

interface Entity {
  country?: string;
  organization?: string;
  person?: string;
}

interface InvolvedProject {
  id: string;
  involvement: { role: string; organization: { id: string } | null; person: { id: string } | null }[];
}

const involvingQuery = `query ($involving: InvolvedEntity, $of: InvolvedEntity!, $filter: EnergyProjectFilter) {
  all: energyProjects(filter: { involving: $involving }, first: 50) {
    totalCount
    nodes { id involvement(of: $of) { role organization { id } person { id } } }
  }
  filtered: energyProjects(filter: $filter, first: 50) { nodes { id } }
}`;

/** A role with nothing named through it, or the organisation through which. */
const role = (name: string, organization?: string) => ({
  role: name,
  organization: organization ? { id: organization } : null,
  person: null,
});

describe.each(testDrivers())('involving on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver);
    await insertChineseFinancedProject(service);
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** The projects the entity takes part in, each with its involvement, by name. */
  const involving = async (entity: Entity): Promise<InvolvedProject[]> => {
    const { data, errors } = await service.client.query(involvingQuery, { involving: entity, of: entity });
    expect(errors).toBeUndefined();
    const all = (data as { all: { totalCount: number; nodes: InvolvedProject[] } }).all;
    expect(all.totalCount).toBe(all.nodes.length);
    return all.nodes;
  };

  /** The ids a filter gives, with no involvement asked. */
  const filtered = async (filter: Record<string, unknown>): Promise<string[]> => {
    const { data, errors } = await service.client.query(involvingQuery, { of: { country: 'TJK' }, filter });
    expect(errors).toBeUndefined();
    return idsOf((data as { filtered: { nodes: { id: string }[] } }).filtered);
  };

  it('finds a country as itself: host, offtaker, transit', async () => {
    expect(await involving({ country: 'PAK' })).toEqual([
      { id: 'casa-1000', involvement: [role('OFFTAKER')] },
    ]);
    expect(await involving({ country: 'AFG' })).toEqual([
      { id: 'fixture-afghan-wind', involvement: [role('HOST')] },
      { id: 'casa-1000', involvement: [role('TRANSIT')] },
    ]);
  });

  it("finds a country through an organisation's home country alone: the projects China finances", async () => {
    expect(await involving({ country: 'CHN' })).toEqual([
      { id: 'fixture-dangara-solar', involvement: [role('FINANCIER', 'fixture-china-exim')] },
    ]);
    // The older `countries` filter agrees.
    expect(await filtered({ countries: ['CHN'] })).toEqual(['fixture-dangara-solar']);
  });

  it("gives a country's roles in the project's order: its own first, then through its organisations", async () => {
    const tajikistan = await involving({ country: 'TJK' });
    expect(idsOf(tajikistan)).toEqual([
      'casa-1000',
      'fixture-dangara-solar',
      'fixture-nurek-floating-solar',
      'rogun',
    ]);
    expect(tajikistan.find((project) => project.id === 'fixture-dangara-solar')?.involvement).toEqual([
      role('HOST'),
      role('GOVERNMENT_COUNTERPART', 'fixture-barqi-tojik'),
    ]);
    expect(await involving({ country: 'ARE' })).toEqual([
      {
        id: 'fixture-dangara-solar',
        involvement: [role('DEVELOPER', 'fixture-masdar'), role('OPERATOR', 'fixture-masdar')],
      },
    ]);
  });

  it('finds an organisation in every role it holds, in order', async () => {
    expect(await involving({ organization: 'world-bank' })).toEqual([
      { id: 'casa-1000', involvement: [role('FINANCIER', 'world-bank')] },
      { id: 'fixture-dangara-solar', involvement: [role('FINANCIER', 'world-bank')] },
      { id: 'rogun', involvement: [role('FINANCIER', 'world-bank')] },
    ]);
    expect(await involving({ organization: 'fixture-masdar' })).toEqual([
      { id: 'fixture-afghan-wind', involvement: [role('SPONSOR', 'fixture-masdar')] },
      {
        id: 'fixture-dangara-solar',
        involvement: [role('DEVELOPER', 'fixture-masdar'), role('OPERATOR', 'fixture-masdar')],
      },
      { id: 'fixture-nurek-floating-solar', involvement: [role('DEVELOPER', 'fixture-masdar')] },
    ]);
    expect(await involving({ organization: 'no-such-organisation' })).toEqual([]);
  });

  it('finds no project for a person, and gives no roles: projects name no people', async () => {
    expect(await involving({ person: 'emomali-rahmon' })).toEqual([]);
    const { data, errors } = await service.client.query(
      `{ energyProject(id: "rogun") { involvement(of: { person: "emomali-rahmon" }) { role } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ energyProject: { involvement: [] } });
  });

  it('gives an empty involvement for an entity that takes no part in the project', async () => {
    const { data, errors } = await service.client.query(
      `{ energyProject(id: "rogun") { involvement(of: { country: "CHN" }) { role } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ energyProject: { involvement: [] } });
  });

  it('combines with the other filter fields', async () => {
    expect(await filtered({ involving: { country: 'TJK' }, statuses: ['CONSTRUCTION'] })).toEqual([
      'casa-1000',
      'rogun',
    ]);
    expect(await filtered({ involving: { organization: 'world-bank' }, countries: ['UZB'] })).toEqual([
      'fixture-dangara-solar',
    ]);
    expect(await filtered({ involving: { country: 'CHN' }, kinds: ['TRANSMISSION'] })).toEqual([]);
    expect(await filtered({ involving: { country: 'TJK' }, search: 'solar' })).toEqual([
      'fixture-dangara-solar',
      'fixture-nurek-floating-solar',
    ]);
  });

  it('narrows the lists contributed to a country and an organisation', async () => {
    const { data, errors } = await service.client.query(
      `query ($reps: [_Any!]!, $filter: EnergyProjectFilter) {
        _entities(representations: $reps) {
          ... on Country { code energyProjects(filter: $filter) { totalCount nodes { id } } }
          ... on Organization { id energyProjects(filter: $filter) { totalCount nodes { id } } }
        }
      }`,
      {
        reps: [
          { __typename: 'Country', code: 'TJK' },
          { __typename: 'Country', code: 'AFG' },
          { __typename: 'Organization', id: 'fixture-masdar' },
        ],
        filter: { involving: { organization: 'world-bank' } },
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          code: 'TJK',
          energyProjects: {
            totalCount: 3,
            nodes: [{ id: 'casa-1000' }, { id: 'fixture-dangara-solar' }, { id: 'rogun' }],
          },
        },
        { code: 'AFG', energyProjects: { totalCount: 1, nodes: [{ id: 'casa-1000' }] } },
        { id: 'fixture-masdar', energyProjects: { totalCount: 1, nodes: [{ id: 'fixture-dangara-solar' }] } },
      ],
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming the argument', async () => {
    const refusal = async (query: string) => {
      const { data, errors } = await service.client.query(query);
      expect(data?.energyProjects ?? data?.energyProject ?? null).toBeNull();
      return errors?.[0]?.extensions;
    };
    const list = (involving: string) =>
      `{ energyProjects(filter: { involving: ${involving} }) { nodes { id } } }`;
    expect(await refusal(list('{}'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.involving' });
    expect(await refusal(list('{ country: "CHN", organization: "world-bank" }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.involving',
    });
    expect(await refusal(list('{ organization: " " }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.involving.organization',
    });
    expect(await refusal(list('{ person: "" }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.involving.person',
    });
    for (const country of ['"CN"', '"chn"', '"China"']) {
      expect(await refusal(list(`{ country: ${country} }`))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'filter.involving.country',
      });
    }
    const field = (of: string) => `{ energyProject(id: "rogun") { involvement(of: ${of}) { role } } }`;
    expect(await refusal(field('{}'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'of' });
    expect(await refusal(field('{ country: "TJK", person: "emomali-rahmon" }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'of',
    });
    expect(await refusal(field('{ country: "TJ" }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'of.country',
    });
    expect(await refusal(field('{ organization: "  " }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'of.organization',
    });
  });

  it('refuses bad input in a contributed list too', async () => {
    const { errors } = await service.client.query(
      `{ _entities(representations: [{ __typename: "Country", code: "TJK" }]) {
        ... on Country { energyProjects(filter: { involving: { country: "tjk" } }) { nodes { id } } }
      } }`,
    );
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.involving.country' });
  });

  it('costs one statement more for a page asking involvement, however many projects it holds', async () => {
    const statementsFor = async (first: number, fields: string) => {
      const before = service.database.statements();
      const { data, errors } = await service.client.query(
        `{ energyProjects(first: ${first}) { nodes { id ${fields} } } }`,
      );
      expect(errors).toBeUndefined();
      expect((data as { energyProjects: { nodes: unknown[] } }).energyProjects.nodes).toHaveLength(first);
      return service.database.statements() - before;
    };
    const plain = await statementsFor(1, '');
    const asking = 'involvement(of: { country: "TJK" }) { role organization { id } }';
    expect(await statementsFor(1, asking)).toBe(plain + 1);
    expect(await statementsFor(5, asking)).toBe(plain + 1);
    // Two entities asked about: one statement each, still not one per project.
    const twice = `${asking} wb: involvement(of: { organization: "world-bank" }) { role }`;
    expect(await statementsFor(5, twice)).toBe(plain + 2);
  });
});

describe.each(testDrivers())('involving in the curated data on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver, { seeded: false });
    await loadCuratedData(service.database.db);
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** Every country the data file names for a project, as a project country or a stakeholder's home. */
  const countriesOf = (project: DataProject) => [
    ...(project.countries ?? []).map((c) => c.country),
    ...(project.stakeholders ?? []).flatMap((s) => (s.organizationCountry ? [s.organizationCountry] : [])),
  ];

  it("finds every project a country takes part in, as itself or through its organisations (so China's, if any)", async () => {
    const projects = JSON.parse(await readFile(`${dataDir}energy-projects.json`, 'utf8')) as DataProject[];
    const codes = [...new Set(['CHN', ...projects.flatMap(countriesOf)])].sort();
    for (const code of codes) {
      const { data, errors } = await service.client.query(
        `query ($country: ID!) { energyProjects(filter: { involving: { country: $country } }, first: 100) { nodes { id } } }`,
        { country: code },
      );
      expect(errors).toBeUndefined();
      const expected = projects
        .filter((project) => countriesOf(project).includes(code))
        .map((project) => project.id);
      expect({
        code,
        ids: idsOf((data as { energyProjects: { nodes: { id: string }[] } }).energyProjects).sort(),
      }).toEqual({
        code,
        ids: expected.sort(),
      });
    }
  });
});

/** The parts of a data-file project this test reads. */
interface DataProject {
  id: string;
  countries?: { country: string }[];
  stakeholders?: { organizationCountry?: string | null }[];
}
