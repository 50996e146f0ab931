import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from '@pamir/db';
import { testDrivers } from '@pamir/db/testing';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { loadCuratedData, schema } from '../src/app.js';
import { fixtures, useSubgraph } from './harness.js';

/** A copy of the fixtures with one file replaced, to load. */
async function fixturesWith(file: string, records: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pamir-diplomacy-'));
  await cp(fixtures, dir, { recursive: true });
  await writeFile(path.join(dir, file), JSON.stringify(records));
  return `${dir}/`;
}

async function fixtureRecords(file: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await readFile(path.join(fixtures, file), 'utf8')) as Record<string, unknown>[];
}

const citations = [{ source: 'fixture-asia-plus', quote: 'x' }];

describe.each(testDrivers())('diplomacy data and constraints on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  const tables: Record<string, PgTable> = {
    agreements: schema.agreements,
    agreementParties: schema.agreementParties,
    agreementWitnesses: schema.agreementWitnesses,
    agreementEnergyProjects: schema.agreementEnergyProjects,
    agreementCitations: schema.agreementCitations,
    engagements: schema.engagements,
    engagementParticipants: schema.engagementParticipants,
    engagementCitations: schema.engagementCitations,
  };
  async function rowCounts() {
    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      counts[name] = (await subgraph.database().db.select({ n: count() }).from(table))[0]?.n ?? -1;
    }
    return counts;
  }

  it('loads the fixtures once: a second load with the same files changes nothing', async () => {
    const before = await rowCounts();
    expect(before).toEqual({
      agreements: 5,
      agreementParties: 11,
      agreementWitnesses: 2,
      agreementEnergyProjects: 4,
      agreementCitations: 5,
      engagements: 3,
      engagementParticipants: 7,
      engagementCitations: 3,
    });
    expect(await loadCuratedData(subgraph.database().db, fixtures)).toBe('unchanged');
    expect(await rowCounts()).toEqual(before);
  });

  it('reloads changed files, replacing child rows rather than adding to them', async () => {
    const agreements = await fixtureRecords('agreements.json');
    const changed = agreements.map((agreement) =>
      agreement['id'] === 'fixture-2022-sco-security-protocol'
        ? { ...agreement, status: 'IN_FORCE', parties: [{ country: 'TJK' }, { country: 'CHN' }], witnesses: [] }
        : agreement,
    );
    const before = await rowCounts();
    expect(await loadCuratedData(subgraph.database().db, await fixturesWith('agreements.json', changed))).toBe('loaded');
    expect(await rowCounts()).toEqual({ ...before, agreementParties: before['agreementParties']! - 1, agreementWitnesses: before['agreementWitnesses']! - 1 });
    expect(await subgraph.data(`{ agreement(id: "fixture-2022-sco-security-protocol") { status parties { country { code } organization { id } } witnesses { id } } }`)).toEqual({
      agreement: { status: 'IN_FORCE', parties: [{ country: { code: 'TJK' }, organization: null }, { country: { code: 'CHN' }, organization: null }], witnesses: [] },
    });
    // and back, so the other tests see the fixtures
    expect(await loadCuratedData(subgraph.database().db, fixtures)).toBe('loaded');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an invalid data file naming the file, the record and the reason', async () => {
    const dir = await fixturesWith('agreements.json', [
      {
        id: 'Bad Id',
        title: 'x',
        instrumentType: 'MOU',
        form: 'BILATERAL',
        status: 'SIGNED',
        signedOn: '2023-05-02',
        enteredIntoForceOn: '2023-05-01',
        datePrecision: 'DAY',
        parties: [{ signatory: 'someone' }],
        subjects: ['ENERGY', 'SPACE'],
        citations: [],
      },
    ]);
    const error = await loadCuratedData(subgraph.database().db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    const message = (error as Error).message;
    expect(message).toMatch(/agreements\.json: record 0 \(id "Bad Id"\): /);
    expect(message).toMatch(/id: must be a lowercase slug/);
    expect(message).toMatch(/parties\.0: a party names a country or an organisation/);
    expect(message).toMatch(/subjects\.1: /);
    expect(message).toMatch(/citations: every record cites at least one source/);
  });

  it('refuses engagements that end before they start and participants who are nobody', async () => {
    const [first] = await fixtureRecords('engagements.json');
    const dir = await fixturesWith('engagements.json', [
      first,
      { ...first, id: 'backwards', startDate: '2023-05-12', endDate: '2023-05-10', cameoCode: '42a', participants: [{ role: 'HOST' }], citations },
    ]);
    const message = await loadCuratedData(subgraph.database().db, dir).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toMatch(/engagements\.json: record 1 \(id "backwards"\): /);
    expect(message).toMatch(/endDate: ends before it starts/);
    expect(message).toMatch(/cameoCode: must be a CAMEO code/);
    expect(message).toMatch(/participants\.0: a participant names a country, an organisation or a person/);
  });

  it('refuses a field the record has no place for, rather than dropping it', async () => {
    const agreements = await fixtureRecords('agreements.json');
    const parties = [{ country: 'TJK', signatry: 'emomali-rahmon' }];
    const dir = await fixturesWith('agreements.json', [...agreements, { ...agreements[1], id: 'misspelt', parties, sumary: 'x' }]);
    const message = await loadCuratedData(subgraph.database().db, dir).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toMatch(/agreements\.json: record 5 \(id "misspelt"\): /);
    expect(message).toMatch(/sumary/);
    expect(message).toMatch(/parties\.0: .*signatry/);
  });

  it('refuses an agreement whose engagement is not in engagements.json', async () => {
    const agreements = await fixtureRecords('agreements.json');
    const dir = await fixturesWith('agreements.json', [...agreements, { ...agreements[1], id: 'orphan', engagement: 'no-such-engagement' }]);
    const error = await loadCuratedData(subgraph.database().db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(/agreements\.json: record 5 \(id "orphan"\): engagement: no engagement "no-such-engagement"/);
  });

  it('has the database itself refuse what must not hold', async () => {
    const db = subgraph.database().db;
    const agreement = {
      id: 'refused',
      title: 'Refused',
      instrumentType: 'MOU' as const,
      form: 'BILATERAL' as const,
      status: 'SIGNED' as const,
      datePrecision: 'DAY' as const,
    };
    const engagement = { id: 'refused', title: 'Refused', kind: 'CALL' as const, cameoCode: '040', startDate: '2023-05-12', datePrecision: 'DAY' as const };
    // date ranges that end before they start
    await expect(db.insert(schema.engagements).values({ ...engagement, endDate: '2023-05-11' })).rejects.toThrow();
    await expect(db.insert(schema.agreements).values({ ...agreement, signedOn: '2023-05-12', enteredIntoForceOn: '2023-05-11' })).rejects.toThrow();
    // CAMEO codes are 2 to 4 digits
    await expect(db.insert(schema.engagements).values({ ...engagement, cameoCode: '04a' })).rejects.toThrow();
    await expect(db.insert(schema.engagements).values({ ...engagement, cameoCode: '04321' })).rejects.toThrow();
    // subjects from the closed list only
    await expect(db.insert(schema.agreements).values({ ...agreement, subjects: ['SPACE' as 'ENERGY'] })).rejects.toThrow();
    // a party names a country or an organisation; a participant names someone
    await expect(
      db.insert(schema.agreementParties).values({ agreementId: 'fixture-undated-water-agreement', position: 9, signatoryId: 'someone' }),
    ).rejects.toThrow();
    await expect(
      db.insert(schema.engagementParticipants).values({ engagementId: 'fixture-2021-03-call-kabul', position: 9, role: 'HOST' }),
    ).rejects.toThrow();
    // child rows belong to a record that exists
    await expect(db.insert(schema.agreementWitnesses).values({ agreementId: 'no-such-agreement', personId: 'x', position: 0 })).rejects.toThrow();
    // and an agreement's engagement is one of ours
    await expect(db.insert(schema.agreements).values({ ...agreement, engagementId: 'no-such-engagement' })).rejects.toThrow();
    expect(await subgraph.data(`{ agreement(id: "refused") { id } engagement(id: "refused") { id } }`)).toEqual({ agreement: null, engagement: null });
  });

  it('orders undated agreements last through the generated sort date', async () => {
    const [row] = await subgraph
      .database()
      .db.select({ sortDate: schema.agreements.sortDate })
      .from(schema.agreements)
      .where(eq(schema.agreements.id, 'fixture-undated-water-agreement'));
    expect(row).toEqual({ sortDate: '0001-01-01' });
  });
});
