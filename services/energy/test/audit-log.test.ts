import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedData } from '../src/app.js';
import { fixtures } from './service.js';
import { callers, ok, refused, startWriteService, type WriteService } from './writes.js';

// The audit log of every write attempt, and curated loads that leave edited records alone.

const update = `mutation ($id: ID!, $version: Int!, $patch: EnergyProjectPatch!) {
  updateEnergyProject(id: $id, version: $version, patch: $patch) { id version } }`;
const archiveTarget = `mutation ($id: ID!, $version: Int!) { archiveEnergyTarget(id: $id, version: $version) { id } }`;
const auditLog = `query ($first: Int, $after: String) { energyAuditLog(first: $first, after: $after) {
  totalCount nodes { id at caller operation recordType recordId outcome detail } pageInfo { hasNextPage endCursor } } }`;

interface Entry {
  caller: string | null;
  operation: string;
  recordType: string;
  recordId: string | null;
  outcome: string;
  detail: string | null;
}

/** A copy of the fixtures with every project summary and target description changed. */
async function changedFixtures(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pamir-energy-'));
  await cp(fixtures, dir, { recursive: true });
  const changes = {
    'energy-projects.json': { summary: 'curated' },
    'energy-targets.json': { description: 'curated' },
  };
  for (const [file, change] of Object.entries(changes)) {
    const records = JSON.parse(await readFile(path.join(fixtures, file), 'utf8')) as object[];
    await writeFile(
      path.join(dir, file),
      JSON.stringify(records.map((record) => ({ ...record, ...change }))),
    );
  }
  return `${dir}/`;
}

describe.each(testDrivers())('energy audit log on %s', (driver) => {
  let service: WriteService;

  beforeAll(async () => {
    service = await startWriteService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('logs accepted and refused writes with caller, time, operation and outcome; only admin reads it', async () => {
    service.as(callers.editor);
    await ok(service, update, { id: 'rogun', version: 1, patch: { status: 'OPERATING' } });
    await refused(service, update, { id: 'rogun', version: 1, patch: { status: 'SHELVED' } });
    await refused(service, update, { id: 'rogun', version: 2, patch: { name: '' } });
    service.as(callers.none);
    await refused(service, archiveTarget, { id: 'afg-solar-2030', version: 1 });
    service.as(callers.reader);
    await refused(service, archiveTarget, { id: 'afg-solar-2030', version: 1 });

    expect((await refused(service, auditLog)).code).toBe('FORBIDDEN');
    service.as(callers.editor);
    expect((await refused(service, auditLog)).code).toBe('FORBIDDEN');
    service.as(callers.none);
    expect((await refused(service, auditLog)).code).toBe('UNAUTHENTICATED');

    service.as(callers.admin);
    const { energyAuditLog } = await ok<{
      energyAuditLog: {
        totalCount: number;
        nodes: (Entry & { id: string; at: string })[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(service, auditLog, { first: 10 });
    expect(energyAuditLog.totalCount).toBe(5);
    expect(energyAuditLog.nodes.map(({ id: _id, at: _at, detail: _detail, ...entry }) => entry)).toEqual([
      {
        caller: 'rita',
        operation: 'archiveEnergyTarget',
        recordType: 'EnergyTarget',
        recordId: 'afg-solar-2030',
        outcome: 'FORBIDDEN',
      },
      {
        caller: null,
        operation: 'archiveEnergyTarget',
        recordType: 'EnergyTarget',
        recordId: 'afg-solar-2030',
        outcome: 'UNAUTHENTICATED',
      },
      {
        caller: 'alice',
        operation: 'updateEnergyProject',
        recordType: 'EnergyProject',
        recordId: 'rogun',
        outcome: 'BAD_USER_INPUT',
      },
      {
        caller: 'alice',
        operation: 'updateEnergyProject',
        recordType: 'EnergyProject',
        recordId: 'rogun',
        outcome: 'CONFLICT',
      },
      {
        caller: 'alice',
        operation: 'updateEnergyProject',
        recordType: 'EnergyProject',
        recordId: 'rogun',
        outcome: 'ACCEPTED',
      },
    ]);
    expect(energyAuditLog.nodes[2]?.detail).toMatch(/patch\.name/);
    for (const entry of energyAuditLog.nodes) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);

    const firstPage = await ok<{
      energyAuditLog: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    }>(service, auditLog, { first: 2 });
    const nextPage = await ok<{ energyAuditLog: { nodes: { id: string }[] } }>(service, auditLog, {
      first: 2,
      after: firstPage.energyAuditLog.pageInfo.endCursor,
    });
    expect(nextPage.energyAuditLog.nodes.map((node) => node.id)).toEqual(
      energyAuditLog.nodes.slice(2, 4).map((node) => node.id),
    );
    const badCursor = await refused(service, auditLog, { after: 'WyJ4Il0' });
    expect(badCursor).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'after' } });
  });

  it('leaves edited and archived records alone when the curated data is loaded again', async () => {
    service.as(callers.editor);
    // rogun was edited above (version 2); archive a target, leave the rest as curated.
    await ok(service, archiveTarget, { id: 'tjk-hydro-2030', version: 1 });
    expect(await loadCuratedData(service.database.db, await changedFixtures())).toBe('loaded');
    const { rogun, casa, hydro, solar } = await ok<{
      rogun: { status: string; summary: string; version: number };
      casa: { summary: string; version: number };
      hydro: { description: string | null; archivedAt: string | null; version: number };
      solar: { description: string | null; version: number };
    }>(
      service,
      `{ rogun: energyProject(id: "rogun") { status summary version }
         casa: energyProject(id: "casa-1000") { summary version }
         hydro: energyTarget(id: "tjk-hydro-2030") { description archivedAt version }
         solar: energyTarget(id: "afg-solar-2030") { description version } }`,
    );
    expect(rogun).toEqual({
      status: 'OPERATING',
      summary: 'A very high dam on the Vakhsh river, built in stages since Soviet times.',
      version: 2,
    });
    expect(casa).toEqual({ summary: 'curated', version: 1 });
    expect(hydro).toMatchObject({ description: null, version: 2 });
    expect(hydro.archivedAt).not.toBeNull();
    expect(solar).toEqual({ description: 'curated', version: 1 });
  });
});
