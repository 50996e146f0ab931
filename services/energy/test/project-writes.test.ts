import { testDrivers } from '@pamir/db/testing';
import { knownEntities } from '@pamir/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOf } from './service.js';
import { callers, ok, refused, rowCounts, startWriteService, type WriteService } from './writes.js';

// Creating, updating, archiving and restoring energy projects through the API.

const fields = `id name status capacityMw version updatedAt archivedAt
  countries { country { code } role capacityMw } stakeholders { organization { id } role } place { id }
  milestones { date datePrecision description citations { source { id } quote } }
  citations { source { id } quote note }`;

const create = `mutation ($input: EnergyProjectInput!) { createEnergyProject(input: $input) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: EnergyProjectPatch!) {
  updateEnergyProject(id: $id, version: $version, patch: $patch) { ${fields} } }`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveEnergyProject(id: $id, version: $version) { id version archivedAt } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreEnergyProject(id: $id, version: $version) { id version archivedAt } }`;

interface Project {
  id: string;
  status: string;
  version: number;
  updatedAt: string;
  archivedAt: string | null;
}

const solarPark = {
  id: 'sughd-solar-park',
  name: 'Sughd Solar Park',
  kind: 'GENERATION',
  technologies: ['SOLAR_PV'],
  status: 'ANNOUNCED',
  capacityMw: 200,
  countries: [{ country: 'TJK', role: 'HOST', capacityMw: 200 }],
  stakeholders: [{ organization: 'adb', role: 'FINANCIER' }],
  milestones: [
    {
      date: '2025-03-01',
      datePrecision: 'MONTH',
      description: 'Feasibility study approved.',
      citations: [{ source: 'adb-report', quote: 'feasibility' }],
    },
  ],
  citations: [{ source: 'adb-report', quote: '200 MW', note: 'capacity' }],
};

describe.each(testDrivers())('energy project writes on %s', (driver) => {
  let service: WriteService;

  beforeAll(async () => {
    service = await startWriteService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const current = async (id: string) =>
    (
      await ok<{ energyProject: Project }>(
        service,
        `{ energyProject(id: "${id}") { id status version updatedAt archivedAt } }`,
      )
    ).energyProject;

  const listed = async (includeArchived?: boolean) =>
    idsOf(
      (
        await ok<{ energyProjects: { nodes: { id: string }[] } }>(
          service,
          `{ energyProjects(first: 100${includeArchived === undefined ? '' : `, filter: { includeArchived: ${includeArchived} }`}) { nodes { id } } }`,
        )
      ).energyProjects,
    );

  it('applies the scope rules: no token or a refused one is UNAUTHENTICATED, another scope FORBIDDEN', async () => {
    const before = await rowCounts(service);
    const patch = { id: 'rogun', version: 1, patch: { status: 'OPERATING' } };
    service.as(callers.none);
    expect((await refused(service, update, patch)).code).toBe('UNAUTHENTICATED');
    service.as(callers.refused);
    expect((await refused(service, update, patch)).code).toBe('UNAUTHENTICATED');
    service.as(callers.reader);
    expect((await refused(service, update, patch)).code).toBe('FORBIDDEN');
    service.as(callers.none);
    expect((await refused(service, create, { input: { ...solarPark, id: 'nobody' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rowCounts(service)).toEqual(before);
    expect((await current('rogun')).status).toBe('CONSTRUCTION');
  });

  it('lets write:energy and admin change a status with only that field in the patch', async () => {
    service.as(callers.editor);
    const data = await ok<{ updateEnergyProject: Project }>(service, update, {
      id: 'fixture-afghan-wind',
      version: 1,
      patch: { status: 'PRE_CONSTRUCTION' },
    });
    expect(data.updateEnergyProject).toMatchObject({
      status: 'PRE_CONSTRUCTION',
      version: 2,
      archivedAt: null,
    });
    service.as(callers.admin);
    const again = await ok<{ updateEnergyProject: Project }>(service, update, {
      id: 'fixture-afghan-wind',
      version: 2,
      patch: { status: 'CONSTRUCTION' },
    });
    expect(again.updateEnergyProject).toMatchObject({ status: 'CONSTRUCTION', version: 3 });
    service.as(callers.editor);
  });

  it('keeps everything but the patched fields as they were', async () => {
    const { energyProject: before } = await ok<{ energyProject: Record<string, unknown> }>(
      service,
      `{ energyProject(id: "casa-1000") { ${fields} } }`,
    );
    const { updateEnergyProject: after } = await ok<{ updateEnergyProject: Record<string, unknown> }>(
      service,
      update,
      {
        id: 'casa-1000',
        version: 1,
        patch: { status: 'OPERATING', capacityMw: 1400 },
      },
    );
    expect(after).toEqual({
      ...before,
      status: 'OPERATING',
      capacityMw: 1400,
      version: 2,
      updatedAt: after['updatedAt'],
    });
  });

  it('checks only the references a patch adds, so a status change needs no peer', async () => {
    const nobodyKnown = await startWriteService(driver, knownEntities({}));
    try {
      const data = await ok<{ updateEnergyProject: Project }>(nobodyKnown, update, {
        id: 'rogun',
        version: 1,
        patch: { status: 'OPERATING' },
      });
      expect(data.updateEnergyProject.status).toBe('OPERATING');
      const error = await refused(nobodyKnown, update, {
        id: 'rogun',
        version: 2,
        patch: {
          stakeholders: [
            { organization: 'world-bank', role: 'FINANCIER' },
            { organization: 'adb', role: 'FINANCIER' },
          ],
        },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions['fields']).toEqual([
        { path: 'patch.stakeholders.1.organization', message: 'no Organization adb exists' },
      ]);
    } finally {
      await nobodyKnown.stop();
    }
  });

  it('refuses a stale version with CONFLICT and keeps the first writer’s change', async () => {
    const read = await current('fixture-nurek-floating-solar');
    await ok(service, update, { id: read.id, version: read.version, patch: { status: 'CONSTRUCTION' } });
    const error = await refused(service, update, {
      id: read.id,
      version: read.version,
      patch: { status: 'CANCELLED' },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions['currentVersion']).toBe(read.version + 1);
    expect(await current(read.id)).toMatchObject({ status: 'CONSTRUCTION', version: read.version + 1 });
  });

  it('refuses an update or archive of an unknown project with NOT_FOUND, and a second create with CONFLICT', async () => {
    expect(
      (await refused(service, update, { id: 'no-such', version: 1, patch: { status: 'OPERATING' } })).code,
    ).toBe('NOT_FOUND');
    expect((await refused(service, archive, { id: 'no-such', version: 1 })).code).toBe('NOT_FOUND');
    expect((await refused(service, create, { input: { ...solarPark, id: 'rogun' } })).code).toBe('CONFLICT');
  });

  it('refuses an invalid input naming every bad field at once, and writes nothing', async () => {
    const before = await rowCounts(service);
    const error = await refused(service, create, {
      input: {
        ...solarPark,
        id: 'Not A Slug',
        name: '  ',
        capacityMw: -1,
        countries: [
          { country: 'tj', role: 'HOST' },
          { country: 'UZB', role: 'OFFTAKER' },
          { country: 'UZB', role: 'OFFTAKER' },
        ],
        milestones: [{ date: '2025-01-01', datePrecision: 'DAY', description: 'x', citations: [] }],
        citations: [],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions['fields'] as { path: string }[]).map((field) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.id',
        'input.name',
        'input.capacityMw',
        'input.countries.0.country',
        'input.countries',
        'input.milestones.0.citations',
        'input.citations',
      ]),
    );
    const patchError = await refused(service, update, {
      id: 'rogun',
      version: (await current('rogun')).version,
      patch: { name: '', storageMwh: -5 },
    });
    expect((patchError.extensions['fields'] as { path: string }[]).map((field) => field.path)).toEqual([
      'patch.name',
      'patch.storageMwh',
    ]);
    expect(await rowCounts(service)).toEqual(before);
  });

  it('refuses unknown places, organisations, countries and sources, naming each field', async () => {
    const before = await rowCounts(service);
    const error = await refused(service, create, {
      input: {
        ...solarPark,
        place: 'atlantis',
        countries: [
          { country: 'TJK', role: 'HOST' },
          { country: 'XYZ', role: 'OFFTAKER' },
        ],
        stakeholders: [{ organization: 'acme', role: 'OWNER' }],
        milestones: [{ ...solarPark.milestones[0], citations: [{ source: 'rumour', quote: 'heard' }] }],
        citations: [
          { source: 'fixture-reuters', quote: 'ok' },
          { source: 'blog', quote: 'said' },
        ],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect((error.extensions['fields'] as { path: string }[]).map((field) => field.path).sort()).toEqual([
      'input.citations.1.source',
      'input.countries.1.country',
      'input.milestones.0.citations.0.source',
      'input.place',
      'input.stakeholders.0.organization',
    ]);
    expect(await rowCounts(service)).toEqual(before);
  });

  it('creates, updates, archives (gone from lists, still found by id) and restores a project', async () => {
    const { createEnergyProject: created } = await ok<{ createEnergyProject: Record<string, unknown> }>(
      service,
      create,
      {
        input: solarPark,
      },
    );
    expect(created).toMatchObject({
      id: 'sughd-solar-park',
      version: 1,
      archivedAt: null,
      countries: [{ country: { code: 'TJK' }, role: 'HOST', capacityMw: 200 }],
      stakeholders: [{ organization: { id: 'adb' }, role: 'FINANCIER' }],
      place: null,
      milestones: [
        {
          date: '2025-03-01',
          datePrecision: 'MONTH',
          citations: [{ source: { id: 'adb-report' }, quote: 'feasibility' }],
        },
      ],
      citations: [{ source: { id: 'adb-report' }, quote: '200 MW', note: 'capacity' }],
    });
    expect(typeof created['updatedAt']).toBe('string');
    expect(await listed()).toContain('sughd-solar-park');

    const { updateEnergyProject: updated } = await ok<{ updateEnergyProject: Record<string, unknown> }>(
      service,
      update,
      {
        id: 'sughd-solar-park',
        version: 1,
        patch: {
          place: 'nurek',
          countries: [
            { country: 'TJK', role: 'HOST' },
            { country: 'UZB', role: 'OFFTAKER' },
          ],
        },
      },
    );
    expect(updated).toMatchObject({
      version: 2,
      place: { id: 'nurek' },
      countries: [
        { country: { code: 'TJK' }, role: 'HOST', capacityMw: null },
        { country: { code: 'UZB' }, role: 'OFFTAKER', capacityMw: null },
      ],
    });

    const archived = await ok<{ archiveEnergyProject: Project }>(service, archive, {
      id: 'sughd-solar-park',
      version: 2,
    });
    expect(archived.archiveEnergyProject.version).toBe(3);
    expect(archived.archiveEnergyProject.archivedAt).toEqual(expect.any(String));
    expect(await listed()).not.toContain('sughd-solar-park');
    expect(await listed(true)).toContain('sughd-solar-park');
    expect((await current('sughd-solar-park')).archivedAt).toEqual(archived.archiveEnergyProject.archivedAt);
    const byCountry = await ok<{ _entities: { energyProjects: { nodes: { id: string }[] } }[] }>(
      service,
      `{ _entities(representations: [{ __typename: "Country", code: "UZB" }]) {
        ... on Country { energyProjects(filter: { includeArchived: false }) { nodes { id } } } } }`,
    );
    expect(byCountry._entities[0]?.energyProjects.nodes).toEqual([]);

    const restored = await ok<{ restoreEnergyProject: Project }>(service, restore, {
      id: 'sughd-solar-park',
      version: 3,
    });
    expect(restored.restoreEnergyProject).toMatchObject({ version: 4, archivedAt: null });
    expect(await listed()).toContain('sughd-solar-park');
  });

  it('keeps a revision of every write: who, when, what and the fields changed', async () => {
    service.as(callers.editor);
    const input = { ...solarPark, id: 'vakhsh-wind', name: 'Vakhsh Wind' };
    await ok(service, create, { input });
    await ok(service, update, {
      id: 'vakhsh-wind',
      version: 1,
      patch: { status: 'CONSTRUCTION', capacityMw: 250 },
    });
    service.as(callers.admin);
    await ok(service, archive, { id: 'vakhsh-wind', version: 2 });
    await ok(service, restore, { id: 'vakhsh-wind', version: 3 });
    service.as(callers.editor);
    const { energyProject } = await ok<{
      energyProject: {
        revisions: {
          version: number;
          operation: string;
          changedBy: string;
          changedAt: string;
          changedFields: string[];
          before: Record<string, unknown> | null;
          after: Record<string, unknown>;
        }[];
      };
    }>(
      service,
      `{ energyProject(id: "vakhsh-wind") { revisions { version operation changedBy changedAt changedFields before after } } }`,
    );
    const revisions = energyProject.revisions;
    expect(revisions.map((r) => [r.version, r.operation, r.changedBy])).toEqual([
      [1, 'CREATE', 'alice'],
      [2, 'UPDATE', 'alice'],
      [3, 'ARCHIVE', 'root'],
      [4, 'RESTORE', 'root'],
    ]);
    expect(revisions[0]?.before).toBeNull();
    expect(revisions[0]?.after).toMatchObject({
      id: 'vakhsh-wind',
      name: 'Vakhsh Wind',
      status: 'ANNOUNCED',
      archivedAt: null,
    });
    expect(revisions[1]?.changedFields).toEqual(['capacityMw', 'status']);
    expect(revisions[1]?.before).toMatchObject({ status: 'ANNOUNCED', capacityMw: 200 });
    expect(revisions[1]?.after).toMatchObject({ status: 'CONSTRUCTION', capacityMw: 250 });
    expect(revisions[2]?.changedFields).toEqual(['archivedAt']);
    expect(revisions[3]?.changedFields).toEqual(['archivedAt']);
    for (const revision of revisions) expect(Number.isNaN(Date.parse(revision.changedAt))).toBe(false);
  });
});
