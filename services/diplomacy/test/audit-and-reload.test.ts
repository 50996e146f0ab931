import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { loadCuratedData } from '../src/app.js';
import { caller, fixtures, useSubgraph } from './harness.js';
import { codeOf } from './writes-helpers.js';

// The audit log (every attempt, for admins only) and curated loads that leave edited records alone.

const alice = caller('alice', 'write:diplomacy');
const update = `mutation ($id: ID!, $version: Int!, $patch: AgreementPatch!) { updateAgreement(id: $id, version: $version, patch: $patch) { version } }`;
const auditLog = `{ diplomacyAuditLog(first: 100) { totalCount nodes { id at caller operation recordType recordId outcome detail } } }`;

interface AuditPage {
  diplomacyAuditLog: {
    totalCount: number;
    nodes: { at: string; caller: string | null; operation: string; recordType: string; recordId: string | null; outcome: string; detail: string | null }[];
  };
}

/** A copy of the fixtures with every record of the given files changed by `change`. */
async function changedFixtures(files: string[], change: (record: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pamir-diplomacy-'));
  await cp(fixtures, dir, { recursive: true });
  for (const file of files) {
    const records = JSON.parse(await readFile(path.join(fixtures, file), 'utf8')) as Record<string, unknown>[];
    await writeFile(path.join(dir, file), JSON.stringify(records.map(change)));
  }
  return `${dir}/`;
}

describe.each(testDrivers())('diplomacy audit log and curated reloads on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('logs every write attempt, accepted or refused, and shows the log to admins only', async () => {
    const id = 'fixture-2022-sco-security-protocol';
    await subgraph.as(alice).query(update, { id, version: 1, patch: { status: 'IN_FORCE' } });
    await subgraph.as(alice).query(update, { id, version: 1, patch: { status: 'EXPIRED' } });
    await subgraph.as(caller('bob', 'read')).query(update, { id, version: 2, patch: { status: 'EXPIRED' } });
    await subgraph.as({}).query(update, { id, version: 2, patch: { status: 'EXPIRED' } });
    await subgraph.as(alice).query(update, { id, version: 2, patch: { title: '' } });

    expect(codeOf((await subgraph.as({}).query(auditLog)).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await subgraph.as(alice).query(auditLog)).errors)).toBe('FORBIDDEN');
    const result = await subgraph.as(caller('root', 'admin')).query(auditLog);
    expect(result.errors).toBeUndefined();
    const { nodes, totalCount } = (result.data as unknown as AuditPage).diplomacyAuditLog;
    expect(totalCount).toBe(5);
    // newest first
    expect(nodes.map((entry) => [entry.caller, entry.operation, entry.recordType, entry.recordId, entry.outcome])).toEqual([
      ['alice', 'updateAgreement', 'Agreement', id, 'BAD_USER_INPUT'],
      [null, 'updateAgreement', 'Agreement', id, 'UNAUTHENTICATED'],
      ['bob', 'updateAgreement', 'Agreement', id, 'FORBIDDEN'],
      ['alice', 'updateAgreement', 'Agreement', id, 'CONFLICT'],
      ['alice', 'updateAgreement', 'Agreement', id, 'ACCEPTED'],
    ]);
    expect(nodes.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(nodes[0]?.detail).toMatch(/patch\.title/);
    expect(nodes.at(-1)?.detail).toBeNull();
  });

  it('leaves records edited or archived through the API alone when the curated data reloads', async () => {
    const edited = 'fixture-2019-power-line-contract';
    const archived = 'fixture-undated-water-agreement';
    await subgraph.as(alice).query(update, { id: edited, version: 1, patch: { title: 'Edited by the team', witnesses: ['fixture-witness'] } });
    await subgraph.as(alice).query(`mutation { archiveAgreement(id: "${archived}", version: 1) { version } }`);
    const engagement = 'fixture-2021-03-call-kabul';
    await subgraph
      .as(alice)
      .query(`mutation { updateDiplomaticEngagement(id: "${engagement}", version: 1, patch: { title: "Edited call" }) { version } }`);

    const curated = await changedFixtures(['agreements.json', 'engagements.json'], (record) => ({
      ...record,
      title: `Curated: ${String(record['title'])}`,
      ...('witnesses' in record ? { witnesses: [] } : {}),
    }));
    expect(await loadCuratedData(subgraph.database().db, curated)).toBe('loaded');

    expect(
      await subgraph.data(`{
        edited: agreement(id: "${edited}") { title version witnesses { id } }
        archived: agreement(id: "${archived}") { title version archivedAt }
        untouched: agreement(id: "fixture-2023-tjk-are-air-services") { title version }
        call: engagement(id: "${engagement}") { title version }
        summit: engagement(id: "fixture-2022-09-sco-summit") { title }
      }`),
    ).toMatchObject({
      edited: { title: 'Edited by the team', version: 2, witnesses: [{ id: 'fixture-witness' }] },
      archived: { title: 'Tajik–Afghan water sharing agreement', version: 2 },
      untouched: { title: 'Curated: Tajikistan–UAE air services agreement', version: 1 },
      call: { title: 'Edited call', version: 2 },
      summit: { title: 'Curated: SCO summit in Samarkand' },
    });
  });
});
