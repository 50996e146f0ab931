import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOf } from './service.js';
import { callers, ok, refused, rowCounts, startWriteService, type WriteService } from './writes.js';

// Creating, updating, archiving and restoring national capacity targets through the API.

const fields =
  'id country { code } technologies capacityMw byYear description version archivedAt citations { source { id } quote }';
const create = `mutation ($input: EnergyTargetInput!) { createEnergyTarget(input: $input) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: EnergyTargetPatch!) {
  updateEnergyTarget(id: $id, version: $version, patch: $patch) { ${fields} } }`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveEnergyTarget(id: $id, version: $version) { id version archivedAt } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreEnergyTarget(id: $id, version: $version) { id version archivedAt } }`;

const uzbekWind = {
  id: 'uzb-wind-2030',
  country: 'UZB',
  technologies: ['WIND'],
  capacityMw: 5000,
  byYear: 2030,
  citations: [{ source: 'adb-report', quote: '5 GW of wind' }],
};

describe.each(testDrivers())('energy target writes on %s', (driver) => {
  let service: WriteService;

  beforeAll(async () => {
    service = await startWriteService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const listed = async (filter = '') =>
    idsOf(
      (await ok<{ energyTargets: { id: string }[] }>(service, `{ energyTargets${filter} { id } }`))
        .energyTargets,
    );

  it('applies the scope rules', async () => {
    const before = await rowCounts(service);
    service.as(callers.none);
    expect((await refused(service, create, { input: uzbekWind })).code).toBe('UNAUTHENTICATED');
    service.as(callers.refused);
    expect((await refused(service, archive, { id: 'afg-solar-2030', version: 1 })).code).toBe(
      'UNAUTHENTICATED',
    );
    service.as(callers.reader);
    expect(
      (await refused(service, update, { id: 'afg-solar-2030', version: 1, patch: { byYear: 2031 } })).code,
    ).toBe('FORBIDDEN');
    expect(await rowCounts(service)).toEqual(before);
    service.as(callers.admin);
    const data = await ok<{ updateEnergyTarget: { byYear: number; version: number } }>(service, update, {
      id: 'afg-solar-2030',
      version: 1,
      patch: { byYear: 2031 },
    });
    expect(data.updateEnergyTarget).toMatchObject({ byYear: 2031, version: 2 });
    service.as(callers.editor);
  });

  it('creates, updates, archives (gone from lists, still found by id) and restores a target', async () => {
    const { createEnergyTarget: created } = await ok<{ createEnergyTarget: Record<string, unknown> }>(
      service,
      create,
      {
        input: uzbekWind,
      },
    );
    expect(created).toEqual({
      id: 'uzb-wind-2030',
      country: { code: 'UZB' },
      technologies: ['WIND'],
      capacityMw: 5000,
      byYear: 2030,
      description: null,
      version: 1,
      archivedAt: null,
      citations: [{ source: { id: 'adb-report' }, quote: '5 GW of wind' }],
    });
    const { updateEnergyTarget: updated } = await ok<{ updateEnergyTarget: Record<string, unknown> }>(
      service,
      update,
      {
        id: 'uzb-wind-2030',
        version: 1,
        patch: { capacityMw: 7000, description: 'Raised in 2025.' },
      },
    );
    expect(updated).toMatchObject({
      capacityMw: 7000,
      description: 'Raised in 2025.',
      byYear: 2030,
      version: 2,
    });

    await ok(service, archive, { id: 'uzb-wind-2030', version: 2 });
    expect(await listed()).not.toContain('uzb-wind-2030');
    expect(await listed('(filter: { includeArchived: true })')).toContain('uzb-wind-2030');
    const { energyTarget } = await ok<{ energyTarget: { version: number; archivedAt: string | null } }>(
      service,
      '{ energyTarget(id: "uzb-wind-2030") { version archivedAt } }',
    );
    expect(energyTarget.version).toBe(3);
    expect(energyTarget.archivedAt).not.toBeNull();
    const country = await ok<{ _entities: { energyTargets: { id: string }[] }[] }>(
      service,
      '{ _entities(representations: [{ __typename: "Country", code: "UZB" }]) { ... on Country { energyTargets { id } } } }',
    );
    expect(country._entities[0]?.energyTargets).toEqual([]);

    const restored = await ok<{ restoreEnergyTarget: { version: number; archivedAt: string | null } }>(
      service,
      restore,
      {
        id: 'uzb-wind-2030',
        version: 3,
      },
    );
    expect(restored.restoreEnergyTarget).toMatchObject({ version: 4, archivedAt: null });
    expect(await listed()).toContain('uzb-wind-2030');
  });

  it('refuses a stale version with CONFLICT, keeping the first writer’s change', async () => {
    await ok(service, update, { id: 'tjk-hydro-2030', version: 1, patch: { capacityMw: 4500 } });
    expect(
      (await refused(service, update, { id: 'tjk-hydro-2030', version: 1, patch: { capacityMw: 1 } })).code,
    ).toBe('CONFLICT');
    expect((await refused(service, archive, { id: 'tjk-hydro-2030', version: 1 })).code).toBe('CONFLICT');
    const { energyTarget } = await ok<{ energyTarget: { capacityMw: number; version: number } }>(
      service,
      '{ energyTarget(id: "tjk-hydro-2030") { capacityMw version } }',
    );
    expect(energyTarget).toEqual({ capacityMw: 4500, version: 2 });
  });

  it('refuses invalid fields and unknown references, naming each, and writes nothing', async () => {
    const before = await rowCounts(service);
    const invalid = await refused(service, create, {
      input: { ...uzbekWind, id: 'x_y', country: 'uz', capacityMw: -3, byYear: 1800, citations: [] },
    });
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect((invalid.extensions['fields'] as { path: string }[]).map((field) => field.path)).toEqual([
      'input.id',
      'input.country',
      'input.capacityMw',
      'input.byYear',
      'input.citations',
    ]);
    const unknown = await refused(service, update, {
      id: 'tjk-solar-undated',
      version: 1,
      patch: {
        country: 'KAZ',
        citations: [
          { source: 'fixture-asia-plus', quote: 'ok' },
          { source: 'nowhere', quote: 'x' },
        ],
      },
    });
    expect(unknown.extensions['fields']).toEqual([
      { path: 'patch.country', message: 'no Country KAZ exists' },
      { path: 'patch.citations.1.source', message: 'no SourceDocument nowhere exists' },
    ]);
    expect(await rowCounts(service)).toEqual(before);
  });

  it('keeps revisions of every write', async () => {
    await ok(service, update, {
      id: 'tjk-renewables-2032',
      version: 1,
      patch: { technologies: ['SOLAR_PV'] },
    });
    const { energyTarget } = await ok<{
      energyTarget: {
        revisions: { version: number; operation: string; changedBy: string; changedFields: string[] }[];
      };
    }>(
      service,
      '{ energyTarget(id: "tjk-renewables-2032") { revisions { version operation changedBy changedFields } } }',
    );
    expect(energyTarget.revisions).toEqual([
      { version: 2, operation: 'UPDATE', changedBy: 'alice', changedFields: ['technologies'] },
    ]);
  });
});
