import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { caller, ids, useSubgraph } from './harness.js';
import { codeOf, fieldPaths, rowCounts } from './writes-helpers.js';

// Writes to engagements: the same pipeline as agreements, with their own fields and references.

const alice = caller('alice', 'write:diplomacy');

const create = `mutation ($input: DiplomaticEngagementInput!) { createDiplomaticEngagement(input: $input) { id version archivedAt } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: DiplomaticEngagementPatch!) {
  updateDiplomaticEngagement(id: $id, version: $version, patch: $patch) { id title endDate version participants { country { code } person { id } role } }
}`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveDiplomaticEngagement(id: $id, version: $version) { id version archivedAt } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreDiplomaticEngagement(id: $id, version: $version) { id version archivedAt } }`;

function engagementInput(id: string) {
  return {
    id,
    title: 'Foreign ministers meet in Abu Dhabi',
    kind: 'MINISTERIAL_MEETING',
    cameoCode: '036',
    startDate: '2024-02-01',
    endDate: '2024-02-02',
    datePrecision: 'DAY',
    place: 'fixture-abu-dhabi',
    participants: [
      { country: 'TJK', person: 'fixture-tjk-foreign-minister', role: 'GUEST' },
      { country: 'ARE', role: 'HOST' },
    ],
    citations: [{ source: 'fixture-asia-plus', quote: 'the ministers met', note: 'first day' }],
  };
}

describe.each(testDrivers())('diplomacy engagement writes on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('refuses callers without write:diplomacy and accepts admin', async () => {
    const input = engagementInput('engagement-scopes');
    expect(codeOf((await subgraph.as({}).query(create, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await subgraph.as(caller('eve', 'write:energy')).query(create, { input })).errors)).toBe('FORBIDDEN');
    const accepted = await subgraph.as(caller('root', 'admin')).query(create, { input });
    expect(accepted.data).toEqual({ createDiplomaticEngagement: { id: 'engagement-scopes', version: 1, archivedAt: null } });
  });

  it('refuses an invalid input naming every field, and an unknown reference naming its field; writes nothing', async () => {
    const before = await rowCounts(subgraph);
    const invalid = await subgraph.as(alice).query(create, {
      input: { ...engagementInput('bad-engagement'), title: '', cameoCode: '42a', endDate: '2024-01-01', participants: [{ role: 'HOST' }] },
    });
    expect(codeOf(invalid.errors)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(invalid.errors)).toEqual(['input.cameoCode', 'input.endDate', 'input.participants.0', 'input.title']);
    const unknown = await subgraph.as(alice).query(create, {
      input: { ...engagementInput('unknown-engagement'), participants: [{ country: 'TJK', person: 'nobody', role: 'HOST' }] },
    });
    expect(fieldPaths(unknown.errors)).toEqual(['input.participants.0.person']);
    expect(await rowCounts(subgraph)).toEqual(before);
  });

  it('creates, updates, refuses a stale version, archives and restores', async () => {
    const id = 'engagement-lifecycle';
    expect((await subgraph.as(alice).query(create, { input: engagementInput(id) })).errors).toBeUndefined();
    const updated = await subgraph.as(alice).query(update, {
      id,
      version: 1,
      patch: { endDate: null, participants: [{ country: 'TJK', role: 'GUEST' }] },
    });
    expect(updated.data).toEqual({
      updateDiplomaticEngagement: {
        id,
        title: 'Foreign ministers meet in Abu Dhabi',
        endDate: null,
        version: 2,
        participants: [{ country: { code: 'TJK' }, person: null, role: 'GUEST' }],
      },
    });
    const stale = await subgraph.as(caller('bob', 'write:diplomacy')).query(update, { id, version: 1, patch: { title: 'Bob' } });
    expect(codeOf(stale.errors)).toBe('CONFLICT');

    const listed = async (filter: string) =>
      ids((await subgraph.data<{ engagements: { nodes: { id: string }[] } }>(`{ engagements(first: 100, filter: ${filter}) { nodes { id } } }`)).engagements);
    const tajik = async () =>
      ids(
        (
          await subgraph.data<{ _entities: [{ engagements: { nodes: { id: string }[] } }] }>(
            `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Country { engagements(first: 100) { nodes { id } } } } }`,
            { reps: [{ __typename: 'Country', code: 'TJK' }] },
          )
        )._entities[0].engagements,
      );
    expect(await tajik()).toContain(id);
    expect((await subgraph.as(alice).query(archive, { id, version: 2 })).errors).toBeUndefined();
    expect(await listed('{}')).not.toContain(id);
    expect(await tajik()).not.toContain(id);
    expect(await listed('{ includeArchived: true }')).toContain(id);
    expect(await subgraph.data(`{ engagement(id: "${id}") { version title } }`)).toEqual({ engagement: { version: 3, title: 'Foreign ministers meet in Abu Dhabi' } });
    const restored = await subgraph.as(alice).query(restore, { id, version: 3 });
    expect(restored.data).toEqual({ restoreDiplomaticEngagement: { id, version: 4, archivedAt: null } });
    expect(await listed('{}')).toContain(id);

    const { engagement } = await subgraph.data<{ engagement: { revisions: { operation: string; changedBy: string; changedFields: string[] }[] } }>(
      `{ engagement(id: "${id}") { revisions { operation changedBy changedFields } } }`,
    );
    expect(engagement.revisions).toEqual([
      {
        operation: 'CREATE',
        changedBy: 'alice',
        // a creation changes every field that has a value
        changedFields: [
          'cameoCode',
          'citations',
          'datePrecision',
          'dateQualifier',
          'endDate',
          'id',
          'kind',
          'participants',
          'place',
          'startDate',
          'status',
          'title',
        ],
      },
      { operation: 'UPDATE', changedBy: 'alice', changedFields: ['endDate', 'participants'] },
      { operation: 'ARCHIVE', changedBy: 'alice', changedFields: ['archivedAt'] },
      { operation: 'RESTORE', changedBy: 'alice', changedFields: ['archivedAt'] },
    ]);
  });

  it('lets an agreement name a new engagement of ours, and refuses one we do not have', async () => {
    await subgraph.as(alice).query(create, { input: engagementInput('engagement-with-agreement') });
    const agreement = {
      id: 'signed-at-new-engagement',
      title: 'Memorandum',
      instrumentType: 'MOU',
      form: 'BILATERAL',
      status: 'SIGNED',
      datePrecision: 'YEAR',
      parties: [{ country: 'TJK' }, { country: 'ARE' }],
      citations: [{ source: 'fixture-asia-plus', quote: 'a memorandum' }],
    };
    const createAgreement = `mutation ($input: AgreementInput!) { createAgreement(input: $input) { engagement { id } } }`;
    const ok = await subgraph.as(alice).query(createAgreement, { input: { ...agreement, engagement: 'engagement-with-agreement' } });
    expect(ok.data).toEqual({ createAgreement: { engagement: { id: 'engagement-with-agreement' } } });
    const missing = await subgraph.as(alice).query(createAgreement, { input: { ...agreement, id: 'orphan', engagement: 'no-such-engagement' } });
    expect(fieldPaths(missing.errors)).toEqual(['input.engagement']);
  });
});
