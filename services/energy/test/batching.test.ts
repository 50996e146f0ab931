import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/app.js';
import { milestoneId } from '../src/records/energy-project.js';
import { startTestService, type TestService } from './service.js';

// A page of projects asking for every nested list must cost one statement per kind of list,
// whether the page holds one project or a hundred.

const nested = (first: number) => `{
  energyProjects(first: ${first}) {
    nodes {
      countries { country { code } role capacityMw }
      stakeholders { organization { id } role }
      milestones { date description citations { quote } }
      citations { quote }
    }
  }
}`;

/** 100 projects, each with two countries, two stakeholders, two cited milestones and a citation. */
async function insertHundredProjects(service: TestService): Promise<void> {
  const db = service.database.db;
  const ids = Array.from({ length: 100 }, (_, i) => `bulk-${String(i).padStart(3, '0')}`);
  await db.insert(schema.energyProjects).values(
    ids.map((id, i) => ({
      id,
      name: `Bulk project ${id}`,
      kind: 'GENERATION' as const,
      status: 'OPERATING' as const,
      technologies: ['SOLAR_PV' as const],
      capacityMw: i,
    })),
  );
  await db.insert(schema.projectCountries).values(
    ids.flatMap((projectId) => [
      { projectId, position: 0, countryCode: 'TJK', role: 'HOST' as const, capacityMw: 10 },
      { projectId, position: 1, countryCode: 'UZB', role: 'OFFTAKER' as const, capacityMw: 5 },
    ]),
  );
  await db.insert(schema.projectStakeholders).values(
    ids.flatMap((projectId) => [
      { projectId, position: 0, organizationId: 'fixture-masdar', role: 'DEVELOPER' as const },
      { projectId, position: 1, organizationId: 'world-bank', role: 'FINANCIER' as const },
    ]),
  );
  const milestones = ids.flatMap((projectId) =>
    [0, 1].map((position) => ({
      id: milestoneId(projectId, position),
      projectId,
      position,
      date: `202${position}-01-01`,
      datePrecision: 'YEAR' as const,
      description: `Step ${position}`,
    })),
  );
  await db.insert(schema.milestones).values(milestones);
  await db.insert(schema.milestoneCitations).values(
    milestones.map((milestone) => ({
      recordId: milestone.id,
      position: 0,
      sourceId: 'fixture-reuters',
      quote: `quote ${milestone.id}`,
    })),
  );
  await db.insert(schema.energyProjectCitations).values(
    ids.map((recordId) => ({
      recordId,
      position: 0,
      sourceId: 'fixture-reuters',
      quote: `quote ${recordId}`,
    })),
  );
}

describe.each(testDrivers())('batched nested lists on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver, { seeded: false });
    await insertHundredProjects(service);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const statementsFor = async (first: number) => {
    const before = service.database.statements();
    const { data, errors } = await service.client.query(nested(first));
    expect(errors).toBeUndefined();
    return {
      statements: service.database.statements() - before,
      nodes: (data as { energyProjects: { nodes: unknown[] } }).energyProjects.nodes,
    };
  };

  it('costs the same few statements for 100 projects as for one', async () => {
    const one = await statementsFor(1);
    const hundred = await statementsFor(100);
    expect(one.nodes).toHaveLength(1);
    expect(hundred.nodes).toHaveLength(100);
    expect(hundred.nodes[99]).toEqual({
      countries: [
        { country: { code: 'TJK' }, role: 'HOST', capacityMw: 10 },
        { country: { code: 'UZB' }, role: 'OFFTAKER', capacityMw: 5 },
      ],
      stakeholders: [
        { organization: { id: 'fixture-masdar' }, role: 'DEVELOPER' },
        { organization: { id: 'world-bank' }, role: 'FINANCIER' },
      ],
      milestones: [
        { date: '2020-01-01', description: 'Step 0', citations: [{ quote: 'quote bulk-099:0' }] },
        { date: '2021-01-01', description: 'Step 1', citations: [{ quote: 'quote bulk-099:1' }] },
      ],
      citations: [{ quote: 'quote bulk-099' }],
    });
    // the page, countries, stakeholders, milestones, milestone citations, project citations
    expect(one.statements).toBe(6);
    expect(hundred.statements).toBe(one.statements);
  });

  it('costs the same statements for the projects of 2 countries as for those of 8', async () => {
    const fanOut = (codes: string[]) =>
      `{ _entities(representations: [${codes.map((code) => `{ __typename: "Country", code: "${code}" }`).join(', ')}]) { ... on Country { energyProjects(first: 5) { totalCount nodes { id stakeholders { role } } } } } }`;
    const statementsOf = async (codes: string[]) => {
      const before = service.database.statements();
      const { errors } = await service.client.query(fanOut(codes));
      expect(errors).toBeUndefined();
      return service.database.statements() - before;
    };
    const two = await statementsOf(['TJK', 'UZB']);
    expect(await statementsOf(['TJK', 'UZB', 'AFG', 'KGZ', 'KAZ', 'CHN', 'RUS', 'IND'])).toBe(two);
    // every country's page, every count, the stakeholders
    expect(two).toBe(3);
  });
});
