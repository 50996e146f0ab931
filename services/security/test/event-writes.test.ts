import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unauthenticated, type RequestAuth } from '@pamir/auth';
import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedData } from '../src/app.js';
import {
  callerWith,
  clientAs,
  fieldPaths,
  fixtures,
  openTestDatabase,
  rowCounts,
  type Client,
  type SecurityDatabase,
} from './harness.js';

const event = {
  id: 'test-2024-02-01-panj-clash',
  title: 'Clash on the Panj',
  summary: 'Border troops exchanged fire with smugglers.',
  date: '2024-02-01',
  datePrecision: 'DAY',
  disorderType: 'POLITICAL_VIOLENCE',
  eventType: 'BATTLES',
  subEventType: 'ARMED_CLASH',
  country: 'TJK',
  place: 'darvaz-district',
  actors: [
    { organization: 'tajik-border-troops', role: 'ACTOR1', actorType: 'STATE_FORCES' },
    { organization: 'jamaat-ansarullah', role: 'ACTOR2', actorType: 'REBEL_GROUP' },
  ],
  fatalities: 1,
  civilianTargeting: false,
  tags: ['cross-border'],
  citations: [{ source: 'fixture-amu-tv', quote: 'exchanged fire' }],
};

const fields = `id title version updatedAt archivedAt fatalities place { id }
  actors { organization { id } role } citations { source { id } quote }`;
const create = `mutation ($input: SecurityEventInput!) { createSecurityEvent(input: $input) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: SecurityEventPatch!) {
  updateSecurityEvent(id: $id, version: $version, patch: $patch) { ${fields} } }`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveSecurityEvent(id: $id, version: $version) { ${fields} } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreSecurityEvent(id: $id, version: $version) { ${fields} } }`;
const auditLog = `{ securityAuditLog(first: 100) { totalCount nodes { id at caller operation recordType recordId outcome detail } } }`;

interface Written {
  id: string;
  title: string;
  version: number;
  updatedAt: string;
  archivedAt: string | null;
  fatalities: number | null;
}

describe.each(testDrivers())('security event writes on %s', (driver) => {
  let database: SecurityDatabase;
  let alice: Client;
  let admin: Client;
  const clients: Client[] = [];

  /** A client for `auth`, stopped with the suite. */
  async function clientFor(auth: RequestAuth): Promise<Client> {
    const client = await clientAs(database, auth);
    clients.push(client);
    return client;
  }

  /** Runs a mutation that must succeed and returns its one field. */
  async function write(
    client: Client,
    mutation: string,
    variables: Record<string, unknown>,
  ): Promise<Written> {
    const { data, errors } = await client.query(mutation, variables);
    expect(errors).toBeUndefined();
    return Object.values(data!)[0] as Written;
  }

  async function errorOf(client: Client, mutation: string, variables: Record<string, unknown>) {
    const { data, errors } = await client.query(mutation, variables);
    expect(data ?? null).toBeNull();
    return errors?.[0]?.extensions;
  }

  async function listed(client: Client, filter = '{}'): Promise<string[]> {
    const { data } = await client.query(`{ securityEvents(first: 100, filter: ${filter}) { nodes { id } } }`);
    return (data as { securityEvents: { nodes: { id: string }[] } }).securityEvents.nodes.map(
      (node) => node.id,
    );
  }

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    alice = await clientFor(callerWith('alice', 'write:security'));
    admin = await clientFor(callerWith('root', 'admin'));
  });
  afterAll(async () => {
    for (const client of clients) await client.stop();
    await database?.close();
  });

  it('lets in only callers with write:security or admin', async () => {
    const refused: [RequestAuth, string][] = [
      [{}, 'UNAUTHENTICATED'],
      [{ refused: unauthenticated('the token has expired') }, 'UNAUTHENTICATED'],
      [callerWith('eve', 'write:energy', 'read'), 'FORBIDDEN'],
    ];
    for (const [auth, code] of refused) {
      const client = await clientFor(auth);
      expect(await errorOf(client, create, { input: { ...event, id: 'test-refused' } })).toMatchObject({
        code,
      });
      expect(
        await errorOf(client, archive, { id: 'fixture-2023-12-csto-exercise', version: 1 }),
      ).toMatchObject({
        code,
      });
    }
    const own = await write(alice, create, { input: { ...event, id: 'test-by-alice' } });
    const root = await write(admin, create, { input: { ...event, id: 'test-by-admin' } });
    expect([own.version, root.version]).toEqual([1, 1]);
    expect(await listed(alice)).not.toContain('test-refused');
  });

  it('refuses an update that names a version someone has moved past, keeping the first writer’s change', async () => {
    const bob = await clientFor(callerWith('bob', 'write:security'));
    const created = await write(alice, create, { input: { ...event, id: 'test-conflict' } });
    const first = await write(alice, update, {
      id: created.id,
      version: 1,
      patch: { title: 'Alice’s title' },
    });
    expect(first).toMatchObject({ version: 2, title: 'Alice’s title' });
    expect(
      await errorOf(bob, update, { id: created.id, version: 1, patch: { title: 'Bob’s title' } }),
    ).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect(await errorOf(bob, archive, { id: created.id, version: 1 })).toMatchObject({ code: 'CONFLICT' });
    const { data } = await alice.query(`{ securityEvent(id: "test-conflict") { title version archivedAt } }`);
    expect(data).toEqual({ securityEvent: { title: 'Alice’s title', version: 2, archivedAt: null } });
  });

  it('refuses a create of an existing id with CONFLICT and an update of a missing one with NOT_FOUND', async () => {
    expect(
      await errorOf(alice, create, { input: { ...event, id: 'fixture-2023-12-csto-exercise' } }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      await errorOf(alice, update, { id: 'no-such-event', version: 1, patch: { title: 'x' } }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses invalid input naming every bad field at once, and writes nothing', async () => {
    const before = await rowCounts(database);
    const input = {
      ...event,
      id: 'Not A Slug',
      title: ' ',
      dateEnd: '2024-01-01',
      subEventType: 'AIR_DRONE_STRIKE',
      country: 'TJ',
      fatalities: -1,
      actors: [...event.actors, { organization: 'pla', role: 'ACTOR1', actorType: 'EXTERNAL_OTHER_FORCES' }],
      citations: [],
    };
    const error = await errorOf(alice, create, { input });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldPaths(error)).toEqual([
      'input.actors',
      'input.citations',
      'input.country',
      'input.dateEnd',
      'input.fatalities',
      'input.id',
      'input.subEventType',
      'input.title',
    ]);

    const patch = { title: '', fatalities: -2, eventType: 'BATTLES' };
    const patched = await errorOf(alice, update, { id: 'fixture-2023-12-csto-exercise', version: 1, patch });
    expect(fieldPaths(patched)).toEqual([
      'patch.disorderType',
      'patch.fatalities',
      'patch.subEventType',
      'patch.title',
    ]);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('refuses references to entities the other subgraphs do not have, naming each field', async () => {
    const before = await rowCounts(database);
    const input = {
      ...event,
      id: 'test-unknown-references',
      country: 'XYZ',
      place: 'atlantis',
      actors: [event.actors[0], { organization: 'nobody', role: 'ACTOR2', actorType: 'REBEL_GROUP' }],
      citations: [...event.citations, { source: 'no-such-source', quote: 'x' }],
    };
    const error = await errorOf(alice, create, { input });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldPaths(error)).toEqual([
      'input.actors.1.organization',
      'input.citations.1.source',
      'input.country',
      'input.place',
    ]);
    const patched = await errorOf(alice, update, {
      id: 'fixture-2023-12-csto-exercise',
      version: 1,
      patch: { place: 'atlantis' },
    });
    expect(fieldPaths(patched)).toEqual(['patch.place']);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('creates, updates, archives and restores an event, keeping a revision of each write', async () => {
    const id = 'test-lifecycle';
    const created = await write(alice, create, { input: { ...event, id } });
    expect(created).toMatchObject({ id, version: 1, archivedAt: null, fatalities: 1 });
    expect(Date.parse(created.updatedAt)).not.toBeNaN();

    const updated = await write(alice, update, {
      id,
      version: 1,
      patch: { fatalities: null, place: 'vakhon', actors: [event.actors[0]] },
    });
    expect(updated).toMatchObject({
      version: 2,
      fatalities: null,
      place: { id: 'vakhon' },
      title: event.title,
    });
    expect((updated as unknown as { actors: unknown[] }).actors).toEqual([
      { organization: { id: 'tajik-border-troops' }, role: 'ACTOR1' },
    ]);

    const archived = await write(alice, archive, { id, version: 2 });
    expect(archived.version).toBe(3);
    expect(Date.parse(archived.archivedAt ?? '')).not.toBeNaN();
    expect(await listed(alice)).not.toContain(id);
    expect(await listed(alice, '{ includeArchived: true }')).toContain(id);
    expect(await listed(alice, '{ includeArchived: false }')).not.toContain(id);
    const contributed = `{ _entities(representations: [{ __typename: "Place", id: "vakhon" }]) {
      ... on Place { archived: securityEvents(filter: { includeArchived: true }) { nodes { id } } securityEvents { nodes { id } } } } }`;
    expect((await alice.query(contributed)).data).toEqual({
      _entities: [
        {
          archived: { nodes: expect.arrayContaining([{ id }]) as unknown },
          securityEvents: { nodes: [{ id: 'fixture-2021-10-28-vakhon-outpost-approved' }] },
        },
      ],
    });
    const { data: byId } = await alice.query(`{ securityEvent(id: "${id}") { id archivedAt } }`);
    expect(byId).toEqual({ securityEvent: { id, archivedAt: archived.archivedAt } });
    expect(await errorOf(alice, archive, { id, version: 3 })).toMatchObject({ code: 'CONFLICT' });

    const restored = await write(alice, restore, { id, version: 3 });
    expect(restored).toMatchObject({ version: 4, archivedAt: null });
    expect(await listed(alice)).toContain(id);
    expect(await errorOf(alice, restore, { id, version: 4 })).toMatchObject({ code: 'CONFLICT' });

    const { data } = await alice.query(
      `{ securityEvent(id: "${id}") { revisions { version operation changedBy changedAt changedFields before after } } }`,
    );
    const revisions = (data as { securityEvent: { revisions: Record<string, unknown>[] } }).securityEvent
      .revisions;
    expect(
      revisions.map(({ version, operation, changedBy, changedFields }) => ({
        version,
        operation,
        changedBy,
        changedFields,
      })),
    ).toEqual([
      {
        version: 1,
        operation: 'CREATE',
        changedBy: 'alice',
        changedFields: expect.arrayContaining(['id', 'title', 'actors']) as unknown,
      },
      {
        version: 2,
        operation: 'UPDATE',
        changedBy: 'alice',
        changedFields: ['actors', 'fatalities', 'place'],
      },
      { version: 3, operation: 'ARCHIVE', changedBy: 'alice', changedFields: ['archivedAt'] },
      { version: 4, operation: 'RESTORE', changedBy: 'alice', changedFields: ['archivedAt'] },
    ]);
    expect(revisions[0]).toMatchObject({
      before: null,
      after: { id, title: event.title, fatalities: 1, country: 'TJK' },
    });
    expect(revisions[1]).toMatchObject({
      before: { fatalities: 1, place: 'darvaz-district' },
      after: { fatalities: null, place: 'vakhon' },
    });
    for (const revision of revisions) expect(Date.parse(String(revision['changedAt']))).not.toBeNaN();
  });

  it('logs every write attempt, accepted or refused, for admin eyes only', async () => {
    const nobody = await clientFor({});
    await write(alice, create, { input: { ...event, id: 'test-audited' } });
    await errorOf(nobody, archive, { id: 'test-audited', version: 1 });
    await errorOf(alice, update, { id: 'test-audited', version: 1, patch: { title: '' } });

    const { data } = await admin.query(auditLog);
    const entries = (data as { securityAuditLog: { nodes: Record<string, unknown>[] } }).securityAuditLog
      .nodes;
    const audited = entries.filter((entry) => entry['recordId'] === 'test-audited');
    expect(
      audited.map(({ caller, operation, recordType, outcome }) => ({
        caller,
        operation,
        recordType,
        outcome,
      })),
    ).toEqual([
      {
        caller: 'alice',
        operation: 'updateSecurityEvent',
        recordType: 'SecurityEvent',
        outcome: 'BAD_USER_INPUT',
      },
      {
        caller: null,
        operation: 'archiveSecurityEvent',
        recordType: 'SecurityEvent',
        outcome: 'UNAUTHENTICATED',
      },
      { caller: 'alice', operation: 'createSecurityEvent', recordType: 'SecurityEvent', outcome: 'ACCEPTED' },
    ]);
    expect(audited[0]?.['detail']).toContain('patch.title');
    expect(Date.parse(String(audited[0]?.['at']))).not.toBeNaN();
    expect(entries.some((entry) => entry['outcome'] === 'FORBIDDEN')).toBe(true);

    expect((await alice.query(auditLog)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await nobody.query(auditLog)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps edited and archived events when the curated files change and load again', async () => {
    const edited = '2023-08-30-darvaz-ansarullah-incursion';
    const archivedId = 'fixture-2022-05-kabul-drone-strike';
    const untouched = 'fixture-2023-03-15-dushanbe-protest';
    const current = async (id: string) => {
      const { data } = await alice.query(
        `{ securityEvent(id: "${id}") { title version archivedAt actors { role } } }`,
      );
      return (
        data as {
          securityEvent: { title: string; version: number; archivedAt: string | null; actors: unknown[] };
        }
      ).securityEvent;
    };
    await write(alice, update, {
      id: edited,
      version: (await current(edited)).version,
      patch: { title: 'Edited through the API' },
    });
    await write(alice, archive, { id: archivedId, version: (await current(archivedId)).version });

    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-security-writes-'));
    await cp(fixtures, dir, { recursive: true });
    const file = path.join(dir, 'security-events.json');
    const records = JSON.parse(await readFile(file, 'utf8')) as {
      id: string;
      title: string;
      actors: unknown[];
    }[];
    for (const record of records) {
      record.title = `${record.title} (revised)`;
      record.actors = record.actors.slice(0, 1);
    }
    // A data file that now holds the id of an event created through the API (still at version 1).
    const createdByApi = 'test-by-alice';
    expect(await current(createdByApi)).toMatchObject({ version: 1 });
    const apiTitle = (await current(createdByApi)).title;
    records.push({ ...records[0]!, id: createdByApi, title: 'A curated record with the same id' });
    await writeFile(file, JSON.stringify(records));
    expect(await loadCuratedData(database.db, `${dir}/`)).toBe('loaded');

    expect(await current(edited)).toMatchObject({ title: 'Edited through the API', version: 2 });
    expect((await current(edited)).actors).toHaveLength(2);
    expect((await current(archivedId)).archivedAt).not.toBeNull();
    expect((await current(archivedId)).title).not.toContain('(revised)');
    expect((await current(untouched)).title).toContain('(revised)');
    expect(await current(createdByApi)).toMatchObject({ title: apiTitle, version: 1 });
  });
});
