import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unauthenticated, type RequestAuth } from '@pamir/auth';
import type { DatabaseHandle } from '@pamir/db';
import { createTestDatabase, testDrivers } from '@pamir/db/testing';
import { knownEntities, subgraphClient, type TestResult } from '@pamir/server/testing';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

const caller = (subject: string, ...scopes: string[]): RequestAuth => ({ caller: { subject, scopes: new Set(scopes) } });
const alice = caller('alice', 'write:reference');
const bob = caller('bob', 'write:reference');
const admin = caller('root', 'admin');

const createPlace = `mutation ($input: PlaceInput!) { createPlace(input: $input) { id name version archivedAt country { code } } }`;
const updatePlace = `mutation ($id: ID!, $version: Int!, $patch: PlacePatch!) {
  updatePlace(id: $id, version: $version, patch: $patch) { id name version } }`;
const newPlace = {
  id: 'khorog',
  name: 'Khorog',
  kind: 'SETTLEMENT',
  country: 'TJK',
  location: { latitude: 37.49, longitude: 71.55 },
  citations: [{ source: 'fixture-amu-tv', quote: 'Khorog' }],
};

function codeOf(result: TestResult): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}

function fieldsOf(result: TestResult): string[] {
  const fields = result.errors?.[0]?.extensions?.['fields'] as { path: string }[] | undefined;
  return (fields ?? []).map((field) => field.path).sort();
}

describe.each(testDrivers())('reference writes on %s', (driver) => {
  let database: DatabaseHandle<typeof schema>;
  let client: Awaited<ReturnType<typeof subgraphClient>>;
  let auth: RequestAuth = {};

  /** Runs an operation as the given caller. */
  const as = (who: RequestAuth, query: string, variables?: Record<string, unknown>) => {
    auth = who;
    return client.query(query, variables);
  };
  const count = async (table: PgTable) =>
    (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

  beforeAll(async () => {
    // Peers are never asked: this subgraph checks its own references. An empty list proves it.
    client = await subgraphClient(graphSchema, () => createContext(database.db, auth, knownEntities({})));
  });
  beforeEach(async () => {
    database = await createTestDatabase(driver, {
      service: 'reference',
      schema,
      migrationsFolder,
      seed: async (handle) => {
        await loadCuratedData(handle.db, fixtures);
      },
    });
  });
  afterEach(async () => {
    await database?.close();
  });

  it('lets in write:reference and admin, and refuses everyone else', async () => {
    const input = (id: string) => ({ input: { ...newPlace, id } });
    expect(codeOf(await as({}, createPlace, input('a')))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as({ refused: unauthenticated('the token has expired') }, createPlace, input('b')))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(caller('eve', 'write:security', 'read'), createPlace, input('c')))).toBe('FORBIDDEN');
    const own = await as(alice, createPlace, input('d'));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ createPlace: { id: 'd', name: 'Khorog', version: 1, archivedAt: null, country: { code: 'TJK' } } });
    expect((await as(admin, createPlace, input('e'))).errors).toBeUndefined();
    const ids = (await database.db.select({ id: schema.places.id }).from(schema.places)).map((row) => row.id);
    expect(ids.filter((id) => id.length === 1).sort()).toEqual(['d', 'e']);
  });

  it('refuses an update naming a stale version with CONFLICT, keeping the first writer’s change', async () => {
    const first = await as(alice, updatePlace, { id: 'kabul', version: 1, patch: { name: 'Kabul (Alice)' } });
    expect(first.data).toEqual({ updatePlace: { id: 'kabul', name: 'Kabul (Alice)', version: 2 } });
    const second = await as(bob, updatePlace, { id: 'kabul', version: 1, patch: { name: 'Kabul (Bob)' } });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await database.db.select().from(schema.places).where(sql`${schema.places.id} = 'kabul'`);
    expect(row).toMatchObject({ name: 'Kabul (Alice)', version: 2 });
  });

  it('refuses a create of an existing id with CONFLICT and a write to a missing one with NOT_FOUND', async () => {
    expect(codeOf(await as(alice, createPlace, { input: { ...newPlace, id: 'kabul' } }))).toBe('CONFLICT');
    expect(codeOf(await as(alice, updatePlace, { id: 'atlantis', version: 1, patch: { name: 'x' } }))).toBe('NOT_FOUND');
  });

  it('reports every invalid field at once, with its path, and writes nothing', async () => {
    const tables = [schema.places, schema.placeCitations, schema.revisions];
    const before = await Promise.all(tables.map(count));
    const result = await as(alice, createPlace, {
      input: {
        ...newPlace,
        id: 'Not A Slug',
        name: ' ',
        country: 'tj',
        location: { latitude: 200, longitude: 71 },
        citations: [{ source: 'fixture-amu-tv', quote: '' }],
      },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([
      'input.citations.0.quote',
      'input.country',
      'input.id',
      'input.location.latitude',
      'input.name',
    ]);
    const patched = await as(alice, updatePlace, { id: 'kabul', version: 1, patch: { name: '', citations: [] } });
    expect(fieldsOf(patched)).toEqual(['patch.citations', 'patch.name']);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('refuses unknown countries, organisations and sources naming the input field', async () => {
    const tables = [schema.places, schema.people, schema.personRoles, schema.organizations, schema.revisions];
    const before = await Promise.all(tables.map(count));
    const place = await as(alice, createPlace, {
      input: { ...newPlace, country: 'XXX', citations: [{ source: 'no-such-source', quote: 'q' }] },
    });
    expect(codeOf(place)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(place)).toEqual(['input.citations.0.source', 'input.country']);
    const person = await as(alice, `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
      input: {
        id: 'someone',
        name: 'Someone',
        roles: [{ title: 'Minister', country: 'TJK' }, { title: 'Member', organization: 'ghost-party', country: 'ZZZ' }],
        citations: [{ source: 'fixture-amu-tv', quote: 'someone' }],
      },
    });
    expect(fieldsOf(person)).toEqual(['input.roles.1.country', 'input.roles.1.organization']);
    const organization = await as(
      alice,
      `mutation { updateOrganization(id: "pla", version: 1, patch: { country: "QQQ" }) { id } }`,
    );
    expect(fieldsOf(organization)).toEqual(['patch.country']);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('archives and restores: out of lists, still found by id, back with includeArchived', async () => {
    const listed = async (filter = '{}') =>
      ((await as({}, `{ organizations(filter: ${filter}, first: 100) { nodes { id } } }`)).data as {
        organizations: { nodes: { id: string }[] };
      }).organizations.nodes.map((node) => node.id);
    const created = await as(alice, `mutation { createOrganization(input: {
      id: "khorog-council", name: "Khorog Council", kind: STATE_BODY, country: "TJK",
      citations: [{ source: "fixture-amu-tv", quote: "council" }] }) { id version } }`);
    expect(created.data).toEqual({ createOrganization: { id: 'khorog-council', version: 1 } });
    const updated = await as(bob, `mutation { updateOrganization(id: "khorog-council", version: 1, patch: { aliases: ["Hukumat"] }) {
      version aliases country { code } } }`);
    expect(updated.data).toEqual({ updateOrganization: { version: 2, aliases: ['Hukumat'], country: { code: 'TJK' } } });
    const archived = await as(alice, `mutation { archiveOrganization(id: "khorog-council", version: 2) { version archivedAt } }`);
    expect((archived.data as { archiveOrganization: { version: number; archivedAt: string } }).archiveOrganization).toMatchObject({
      version: 3,
      archivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    });
    expect(await listed()).not.toContain('khorog-council');
    expect(await listed('{ includeArchived: true }')).toContain('khorog-council');
    const found = await as({}, `{ organization(id: "khorog-council") { id archivedAt } }`);
    expect((found.data as { organization: { archivedAt: string | null } }).organization.archivedAt).not.toBeNull();
    expect(codeOf(await as(alice, `mutation { archiveOrganization(id: "khorog-council", version: 3) { id } }`))).toBe('CONFLICT');
    const restored = await as(alice, `mutation { restoreOrganization(id: "khorog-council", version: 3) { version archivedAt } }`);
    expect(restored.data).toEqual({ restoreOrganization: { version: 4, archivedAt: null } });
    expect(await listed()).toContain('khorog-council');

    const revisions = await as({}, `{ organization(id: "khorog-council") {
      revisions { version operation changedBy changedAt changedFields before after } } }`);
    const history = (revisions.data as { organization: { revisions: Record<string, unknown>[] } }).organization.revisions;
    expect(history.map(({ version, operation, changedBy, changedFields }) => ({ version, operation, changedBy, changedFields }))).toEqual([
      { version: 1, operation: 'CREATE', changedBy: 'alice', changedFields: ['aliases', 'citations', 'country', 'id', 'kind', 'name'] },
      { version: 2, operation: 'UPDATE', changedBy: 'bob', changedFields: ['aliases'] },
      { version: 3, operation: 'ARCHIVE', changedBy: 'alice', changedFields: ['archivedAt'] },
      { version: 4, operation: 'RESTORE', changedBy: 'alice', changedFields: ['archivedAt'] },
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { id: 'khorog-council', name: 'Khorog Council', country: 'TJK' } });
    expect(history[1]).toMatchObject({ before: { aliases: [] }, after: { aliases: ['Hukumat'] } });
    for (const revision of history) expect(Date.parse(revision['changedAt'] as string)).not.toBeNaN();
  });

  it('writes countries by code and people with their roles, and hides archived ones from every list', async () => {
    const country = await as(alice, `mutation { createCountry(input: {
      code: "UZB", isoNumeric: "860", name: "Uzbekistan", citations: [{ source: "fixture-asia-times", quote: "Uzbek" }] }) {
      code version citations { source { id } } } }`);
    expect(country.data).toEqual({ createCountry: { code: 'UZB', version: 1, citations: [{ source: { id: 'fixture-asia-times' } }] } });
    const person = await as(alice, `mutation { updatePerson(id: "fixture-commander", version: 1, patch: {
      roles: [{ title: "Consul", country: "UZB", from: "2023-01-01" }, { title: "Adviser", organization: "pla" }] }) {
      version roles { title country { code } organization { id } from } } }`);
    expect(person.data).toEqual({
      updatePerson: {
        version: 2,
        roles: [
          { title: 'Consul', country: { code: 'UZB' }, organization: null, from: '2023-01-01' },
          { title: 'Adviser', country: null, organization: { id: 'pla' }, from: null },
        ],
      },
    });
    expect((await as(alice, `mutation { archiveCountry(code: "uzb", version: 1) { version } }`)).data).toEqual({
      archiveCountry: { version: 2 },
    });
    expect((await as(alice, `mutation { archivePerson(id: "fixture-commander", version: 2) { version } }`)).errors).toBeUndefined();
    expect((await as(alice, `mutation { archiveSourceDocument(id: "fixture-asia-times", version: 1) { version } }`)).errors).toBeUndefined();
    expect((await as(alice, `mutation { archivePlace(id: "kabul", version: 1) { version } }`)).errors).toBeUndefined();
    const lists = await as({}, `{
      countries(first: 100) { nodes { code } }
      people(first: 100) { nodes { id } }
      sourceDocuments(first: 100) { nodes { id } }
      places(first: 100) { nodes { id } }
      all: people(filter: { includeArchived: true }) { nodes { id } }
    }`);
    expect(lists.data).toEqual({
      countries: { nodes: [{ code: 'AFG' }, { code: 'CHN' }, { code: 'TJK' }] },
      people: { nodes: [{ id: 'emomali-rahmon' }] },
      sourceDocuments: { nodes: [{ id: 'fixture-amu-tv' }] },
      places: { nodes: [{ id: 'darvaz-district' }, { id: 'dushanbe' }, { id: 'vakhon' }] },
      all: { nodes: [{ id: 'emomali-rahmon' }, { id: 'fixture-commander' }] },
    });
  });

  it('writes source documents, which cite nothing', async () => {
    const created = await as(alice, `mutation { createSourceDocument(input: {
      id: "new-report", title: "A report", publisher: "Eurasianet", publishedOn: "2024-02-29", datePrecision: DAY }) {
      id version publishedOn } }`);
    expect(created.data).toEqual({ createSourceDocument: { id: 'new-report', version: 1, publishedOn: '2024-02-29' } });
    const bad = await as(alice, `mutation { updateSourceDocument(id: "new-report", version: 1, patch: { title: "", url: "not a url" }) { id } }`);
    expect(fieldsOf(bad)).toEqual(['patch.title', 'patch.url']);
    const updated = await as(alice, `mutation { updateSourceDocument(id: "new-report", version: 1, patch: { author: "A. Writer" }) {
      author version revisions { operation changedFields } } }`);
    expect(updated.data).toEqual({
      updateSourceDocument: {
        author: 'A. Writer',
        version: 2,
        revisions: [
          { operation: 'CREATE', changedFields: expect.arrayContaining(['id', 'title', 'publisher', 'publishedOn']) as unknown },
          { operation: 'UPDATE', changedFields: ['author'] },
        ],
      },
    });
  });

  it('logs every write attempt, accepted or refused, for admin eyes only', async () => {
    await as({}, updatePlace, { id: 'kabul', version: 1, patch: { name: 'x' } });
    await as(caller('eve', 'read'), updatePlace, { id: 'kabul', version: 1, patch: { name: 'x' } });
    await as(alice, updatePlace, { id: 'kabul', version: 1, patch: { name: '' } });
    await as(alice, updatePlace, { id: 'kabul', version: 1, patch: { name: 'Kabul City' } });
    await as(bob, updatePlace, { id: 'kabul', version: 1, patch: { name: 'Kabul Town' } });
    const log = `{ referenceAuditLog(first: 10) { totalCount nodes { id at caller operation recordType recordId outcome detail } } }`;
    expect(codeOf(await as({}, log))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(alice, log))).toBe('FORBIDDEN');
    const result = await as(admin, log);
    expect(result.errors).toBeUndefined();
    const page = (result.data as { referenceAuditLog: { totalCount: number; nodes: Record<string, unknown>[] } }).referenceAuditLog;
    expect(page.totalCount).toBe(5);
    expect(page.nodes.map(({ caller: who, outcome }) => ({ who, outcome }))).toEqual([
      { who: 'bob', outcome: 'CONFLICT' },
      { who: 'alice', outcome: 'ACCEPTED' },
      { who: 'alice', outcome: 'BAD_USER_INPUT' },
      { who: 'eve', outcome: 'FORBIDDEN' },
      { who: null, outcome: 'UNAUTHENTICATED' },
    ]);
    expect(page.nodes[1]).toMatchObject({ operation: 'updatePlace', recordType: 'Place', recordId: 'kabul', detail: null });
    expect(page.nodes[2]!['detail']).toMatch(/patch\.name/);
  });

  it('leaves records written through the API alone when the curated data is loaded again', async () => {
    await as(alice, updatePlace, { id: 'dushanbe', version: 1, patch: { name: 'Dushanbe (edited)' } });
    await as(alice, `mutation { archivePlace(id: "kabul", version: 1) { id } }`);
    await as(alice, `mutation { updatePerson(id: "emomali-rahmon", version: 1, patch: { roles: [{ title: "Chairman" }] }) { id } }`);
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-reference-'));
    await cp(fixtures, dir, { recursive: true });
    for (const [file, from, to] of [
      ['places.json', '"name": "Dushanbe"', '"name": "Dushanbe (curated)"'],
      ['places.json', '"name": "Kabul"', '"name": "Kabul (curated)"'],
      ['places.json', '"name": "Vakhon"', '"name": "Vakhon (curated)"'],
      ['people.json', '"title": "President"', '"title": "President (curated)"'],
    ] as const) {
      const text = await readFile(path.join(dir, file), 'utf8');
      await writeFile(path.join(dir, file), text.replace(from, to));
    }
    expect(await loadCuratedData(database.db, `${dir}/`)).toBe('loaded');
    const { data } = await as({}, `{
      dushanbe: place(id: "dushanbe") { name version }
      kabul: place(id: "kabul") { name version archivedAt }
      vakhon: place(id: "vakhon") { name version }
      person(id: "emomali-rahmon") { roles { title } citations { quote } }
    }`);
    expect(data).toMatchObject({
      dushanbe: { name: 'Dushanbe (edited)', version: 2 },
      kabul: { name: 'Kabul', version: 2, archivedAt: expect.any(String) as unknown },
      vakhon: { name: 'Vakhon (curated)', version: 1 },
      person: { roles: [{ title: 'Chairman' }], citations: [{ quote: 'Rahmon' }] },
    });
  });
});
