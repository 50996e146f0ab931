import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerWith,
  clientAs,
  fieldPaths,
  openTestDatabase,
  rowCounts,
  type Client,
  type SecurityDatabase,
} from './harness.js';

const facility = {
  id: 'test-murghab-post',
  name: 'Murghab border post',
  aliases: ['Murgab post'],
  kind: 'BORDER_POST',
  status: 'UNDER_CONSTRUCTION',
  summary: 'A border post on the Chinese frontier.',
  hostCountry: 'TJK',
  place: 'vakhon',
  operators: ['tajik-border-troops'],
  financiers: ['chinese-government', 'pla'],
  established: '2024-03-01',
  establishedPrecision: 'MONTH',
  costUsd: 1000000,
  reportedCosts: [
    { amountUsd: 1000000, citation: { source: 'fixture-asia-times', quote: 'one million dollars' } },
  ],
  citations: [{ source: 'fixture-caspian-post', quote: 'a new border post', note: 'construction' }],
};

const fields = `id name version archivedAt status costUsd operators { id } financiers { id }
  reportedCosts { amountUsd citation { source { id } quote note } } citations { source { id } quote note }`;
const create = `mutation ($input: MilitaryFacilityInput!) { createMilitaryFacility(input: $input) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: MilitaryFacilityPatch!) {
  updateMilitaryFacility(id: $id, version: $version, patch: $patch) { ${fields} } }`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveMilitaryFacility(id: $id, version: $version) { ${fields} } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreMilitaryFacility(id: $id, version: $version) { ${fields} } }`;

describe.each(testDrivers())('military facility writes on %s', (driver) => {
  let database: SecurityDatabase;
  let alice: Client;

  async function write(client: Client, mutation: string, variables: Record<string, unknown>) {
    const { data, errors } = await client.query(mutation, variables);
    expect(errors).toBeUndefined();
    return Object.values(data!)[0] as Record<string, unknown>;
  }

  async function errorOf(client: Client, mutation: string, variables: Record<string, unknown>) {
    const { data, errors } = await client.query(mutation, variables);
    expect(data ?? null).toBeNull();
    return errors?.[0]?.extensions;
  }

  async function listed(filter: string): Promise<string[]> {
    const { data } = await alice.query(
      `{ militaryFacilities(first: 100, filter: ${filter}) { nodes { id } } }`,
    );
    return (data as { militaryFacilities: { nodes: { id: string }[] } }).militaryFacilities.nodes.map(
      (node) => node.id,
    );
  }

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    alice = await clientAs(database, callerWith('alice', 'write:security'));
  });
  afterAll(async () => {
    await alice?.stop();
    await database?.close();
  });

  it('needs write:security or admin', async () => {
    for (const [auth, code] of [
      [{}, 'UNAUTHENTICATED'],
      [callerWith('eve', 'write:diplomacy'), 'FORBIDDEN'],
    ] as const) {
      const client = await clientAs(database, auth);
      expect(await errorOf(client, create, { input: { ...facility, id: 'test-refused' } })).toMatchObject({
        code,
      });
      await client.stop();
    }
    const admin = await clientAs(database, callerWith('root', 'admin'));
    expect(await write(admin, create, { input: { ...facility, id: 'test-by-admin' } })).toMatchObject({
      version: 1,
    });
    await admin.stop();
  });

  it('creates, updates, archives and restores a facility with its organisations, costs and citations', async () => {
    const created = await write(alice, create, { input: facility });
    expect(created).toEqual({
      id: facility.id,
      name: facility.name,
      version: 1,
      archivedAt: null,
      status: 'UNDER_CONSTRUCTION',
      costUsd: 1000000,
      operators: [{ id: 'tajik-border-troops' }],
      financiers: [{ id: 'chinese-government' }, { id: 'pla' }],
      reportedCosts: [
        {
          amountUsd: 1000000,
          citation: { source: { id: 'fixture-asia-times' }, quote: 'one million dollars', note: null },
        },
      ],
      citations: [
        { source: { id: 'fixture-caspian-post' }, quote: 'a new border post', note: 'construction' },
      ],
    });

    const patch = { status: 'OPERATIONAL', financiers: ['pla'], reportedCosts: [] };
    expect(await write(alice, update, { id: facility.id, version: 1, patch })).toMatchObject({
      version: 2,
      status: 'OPERATIONAL',
      financiers: [{ id: 'pla' }],
      reportedCosts: [],
      operators: [{ id: 'tajik-border-troops' }],
    });

    const archived = await write(alice, archive, { id: facility.id, version: 2 });
    expect(archived['archivedAt']).not.toBeNull();
    expect(await listed('{ countries: ["TJK"] }')).not.toContain(facility.id);
    expect(await listed('{ countries: ["TJK"], includeArchived: true }')).toContain(facility.id);
    expect(await write(alice, restore, { id: facility.id, version: 3 })).toMatchObject({
      version: 4,
      archivedAt: null,
    });
    expect(await listed('{ countries: ["TJK"] }')).toContain(facility.id);

    const { data } = await alice.query(
      `{ militaryFacility(id: "${facility.id}") { revisions { version operation changedBy changedFields } } }`,
    );
    expect(
      (data as { militaryFacility: { revisions: unknown[] } }).militaryFacility.revisions.slice(1),
    ).toEqual([
      {
        version: 2,
        operation: 'UPDATE',
        changedBy: 'alice',
        changedFields: ['financiers', 'reportedCosts', 'status'],
      },
      { version: 3, operation: 'ARCHIVE', changedBy: 'alice', changedFields: ['archivedAt'] },
      { version: 4, operation: 'RESTORE', changedBy: 'alice', changedFields: ['archivedAt'] },
    ]);
  });

  it('refuses invalid input and unknown references naming every field, and writes nothing', async () => {
    const before = await rowCounts(database);
    const invalid = {
      ...facility,
      id: 'test-invalid',
      name: '',
      hostCountry: 'tjk',
      operators: ['pla', 'pla'],
      establishedPrecision: null,
      costUsd: -5,
      reportedCosts: [{ amountUsd: -1, citation: { source: 'fixture-asia-times', quote: ' ' } }],
    };
    const error = await errorOf(alice, create, { input: invalid });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldPaths(error)).toEqual([
      'input.costUsd',
      'input.establishedPrecision',
      'input.hostCountry',
      'input.name',
      'input.operators',
      'input.reportedCosts.0.amountUsd',
      'input.reportedCosts.0.citation.quote',
    ]);

    const unknown = {
      ...facility,
      id: 'test-unknown',
      operators: ['nobody'],
      reportedCosts: [{ amountUsd: 1, citation: { source: 'no-such-source', quote: 'one' } }],
    };
    expect(fieldPaths(await errorOf(alice, create, { input: unknown }))).toEqual([
      'input.operators.0',
      'input.reportedCosts.0.citation.source',
    ]);
    const patched = await errorOf(alice, update, {
      id: 'vakhon-chinese-outpost',
      version: 1,
      patch: { established: null, financiers: ['nobody'] },
    });
    expect(fieldPaths(patched)).toEqual(['patch.establishedPrecision', 'patch.organizationCountries']);
    const stray = { ...facility, id: 'test-stray-country', organizationCountries: [{ organization: 'csto', country: 'RUS' }] };
    expect(fieldPaths(await errorOf(alice, create, { input: stray }))).toEqual(['input.organizationCountries']);
    expect(await rowCounts(database)).toEqual(before);
  });
});
