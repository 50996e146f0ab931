import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from '@pamir/db';
import { testDrivers } from '@pamir/db/testing';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedData, schema } from '../src/app.js';
import { fixtures, startTestService, type TestService } from './service.js';

// Loading the curated data files, and what the database itself refuses.

const tables: Record<string, PgTable> = {
  energyProjects: schema.energyProjects,
  projectCountries: schema.projectCountries,
  projectStakeholders: schema.projectStakeholders,
  milestones: schema.milestones,
  milestoneCitations: schema.milestoneCitations,
  energyProjectCitations: schema.energyProjectCitations,
  energyTargets: schema.energyTargets,
  energyTargetCitations: schema.energyTargetCitations,
};

/** A copy of the fixtures with one file replaced. */
async function fixturesWith(file: string, records: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pamir-energy-'));
  await cp(fixtures, dir, { recursive: true });
  await writeFile(path.join(dir, file), JSON.stringify(records));
  return `${dir}/`;
}

const cite = [{ source: 'fixture-reuters', quote: 'x' }];

describe.each(testDrivers())('energy data on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      const [row] = await service.database.db.select({ n: count() }).from(table);
      counts[name] = row?.n ?? 0;
    }
    return counts;
  };

  it('loads curated data idempotently: a second load with the same files changes nothing', async () => {
    const before = await rowCounts();
    expect(before).toEqual({
      energyProjects: 4,
      projectCountries: 7,
      projectStakeholders: 7,
      milestones: 5,
      milestoneCitations: 6,
      energyProjectCitations: 5,
      energyTargets: 4,
      energyTargetCitations: 4,
    });
    expect(await loadCuratedData(service.database.db, fixtures)).toBe('unchanged');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an invalid data file naming the file, the record and the reason', async () => {
    const dir = await fixturesWith('energy-projects.json', [
      {
        id: 'bad-project',
        name: 'Bad',
        kind: 'GENERATION',
        technologies: ['NUCLEAR'],
        status: 'OPERATING',
        capacityMw: -5,
        citations: [],
      },
    ]);
    const error = await loadCuratedData(service.database.db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(
      /energy-projects\.json: record 0 \(id "bad-project"\): technologies\.0: .*capacityMw: must not be negative.*citations: every record cites/,
    );
  });

  it('refuses a country listed twice in one role, and a milestone without a citation', async () => {
    const project = {
      id: 'twice',
      name: 'Twice',
      kind: 'GENERATION',
      technologies: ['HYDRO'],
      status: 'OPERATING',
      countries: [
        { country: 'TJK', role: 'HOST' },
        { country: 'TJK', role: 'HOST', capacityMw: 1 },
      ],
      milestones: [{ date: '2020-02-30', datePrecision: 'DAY', description: 'x', citations: [] }],
      citations: cite,
    };
    const error = await loadCuratedData(
      service.database.db,
      await fixturesWith('energy-projects.json', [project]),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(
      /record 0 \(id "twice"\): countries: a country is listed twice in the same role/,
    );
    expect((error as Error).message).toMatch(
      /milestones\.0\.date: must be a real date.*milestones\.0\.citations: every record cites/,
    );
  });

  it('refuses a target year out of range', async () => {
    const dir = await fixturesWith('energy-targets.json', [
      { id: 'far-future', country: 'TJK', technologies: [], capacityMw: 1, byYear: 2500, citations: cite },
    ]);
    await expect(loadCuratedData(service.database.db, dir)).rejects.toThrow(
      /energy-targets\.json: record 0 \(id "far-future"\): byYear/,
    );
  });

  it("replaces a changed project's countries, stakeholders and milestones instead of adding to them", async () => {
    const projects = JSON.parse(await readFile(path.join(fixtures, 'energy-projects.json'), 'utf8')) as {
      id: string;
      countries: unknown[];
      stakeholders: unknown[];
      milestones: unknown[];
    }[];
    const casa = projects.find((project) => project.id === 'casa-1000')!;
    casa.countries = casa.countries.slice(0, 1);
    casa.stakeholders = [];
    casa.milestones = casa.milestones.slice(1);
    const fresh = await startTestService(driver);
    try {
      expect(
        await loadCuratedData(fresh.database.db, await fixturesWith('energy-projects.json', projects)),
      ).toBe('loaded');
      const { data } = await fresh.client.query(
        `{ energyProject(id: "casa-1000") { countries { country { code } } stakeholders { role } milestones { date citations { quote } } } }`,
      );
      expect(data).toEqual({
        energyProject: {
          countries: [{ country: { code: 'TJK' } }],
          stakeholders: [],
          milestones: [
            { date: '2016-05-12', citations: [{ quote: 'groundbreaking' }] },
            { date: '2024-01-01', citations: [{ quote: 'resumed' }] },
          ],
        },
      });
      const orphans = await fresh.database.db
        .select({ n: count() })
        .from(schema.milestoneCitations)
        .where(eq(schema.milestoneCitations.recordId, 'casa-1000:2'));
      expect(orphans[0]?.n).toBe(0);
    } finally {
      await fresh.stop();
    }
  });

  it('has the database itself refuse negative capacities, unknown technologies and out-of-range years', async () => {
    const db = service.database.db;
    const project = {
      id: 'refused',
      name: 'Refused',
      kind: 'GENERATION' as const,
      status: 'OPERATING' as const,
    };
    await expect(db.insert(schema.energyProjects).values({ ...project, capacityMw: -1 })).rejects.toThrow();
    await expect(db.insert(schema.energyProjects).values({ ...project, storageMwh: -1 })).rejects.toThrow();
    await expect(
      db.insert(schema.energyProjects).values({ ...project, technologies: ['NUCLEAR' as 'HYDRO'] }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(schema.projectCountries)
        .values({ projectId: 'rogun', position: 9, countryCode: 'UZB', role: 'OFFTAKER', capacityMw: -1 }),
    ).rejects.toThrow();
    const target = { id: 'refused', countryCode: 'TJK', capacityMw: 1 };
    await expect(db.insert(schema.energyTargets).values({ ...target, byYear: 1899 })).rejects.toThrow();
    await expect(db.insert(schema.energyTargets).values({ ...target, byYear: 2201 })).rejects.toThrow();
    await expect(db.insert(schema.energyTargets).values({ ...target, capacityMw: -1 })).rejects.toThrow();
    await expect(db.insert(schema.energyTargets).values({ ...target, countryCode: 'tj' })).rejects.toThrow();
    expect(await rowCounts()).toMatchObject({ energyProjects: 4, projectCountries: 7, energyTargets: 4 });
  });

  it('has the database refuse a country twice in one role, and a milestone whose id does not match its place', async () => {
    const db = service.database.db;
    await expect(
      db
        .insert(schema.projectCountries)
        .values({ projectId: 'rogun', position: 9, countryCode: 'TJK', role: 'HOST' }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(schema.projectStakeholders)
        .values({ projectId: 'rogun', position: 9, organizationId: 'world-bank', role: 'FINANCIER' }),
    ).rejects.toThrow();
    await expect(
      db.insert(schema.milestones).values({
        id: 'rogun:7',
        projectId: 'rogun',
        position: 8,
        date: '2020-01-01',
        datePrecision: 'DAY',
        description: 'x',
      }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(schema.projectCountries)
        .values({ projectId: 'no-such-project', position: 0, countryCode: 'TJK', role: 'HOST' }),
    ).rejects.toThrow();
  });
});
