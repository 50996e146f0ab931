import { unauthenticated } from '@pamir/auth';
import { testDrivers } from '@pamir/db/testing';
import { describe, expect, it } from 'vitest';
import { caller, ids, useSubgraph } from './harness.js';
import { codeOf, fieldPaths, rowCounts } from './writes-helpers.js';

// Writes to agreements: who may write, what is refused and why, versions, archiving, revisions.

const alice = caller('alice', 'write:diplomacy');
const admin = caller('root', 'admin');

const create = `mutation ($input: AgreementInput!) { createAgreement(input: $input) { id version updatedAt archivedAt } }`;
const update = `mutation ($id: ID!, $version: Int!, $patch: AgreementPatch!) {
  updateAgreement(id: $id, version: $version, patch: $patch) { id title status summary version parties { country { code } organization { id } } }
}`;
const archive = `mutation ($id: ID!, $version: Int!) { archiveAgreement(id: $id, version: $version) { id version archivedAt } }`;
const restore = `mutation ($id: ID!, $version: Int!) { restoreAgreement(id: $id, version: $version) { id version archivedAt } }`;

/** A valid new agreement naming every kind of reference. */
function agreementInput(id: string) {
  return {
    id,
    title: 'Tajikistan–China memorandum on hydropower',
    summary: 'A study of a dam.',
    instrumentType: 'MOU',
    form: 'BILATERAL',
    status: 'SIGNED',
    signedOn: '2024-03-01',
    datePrecision: 'DAY',
    place: 'fixture-abu-dhabi',
    parties: [
      { country: 'TJK', signatory: 'emomali-rahmon' },
      { country: 'CHN', organization: 'sco' },
    ],
    witnesses: ['fixture-witness'],
    subjects: ['ENERGY'],
    energyProjects: ['fixture-solar-plant'],
    engagement: 'fixture-2022-09-sco-summit',
    citations: [{ source: 'fixture-xinhua', quote: 'signed a memorandum on hydropower' }],
  };
}

describe.each(testDrivers())('diplomacy agreement writes on %s', (driver) => {
  const subgraph = useSubgraph(driver);

  it('lets in only callers with write:diplomacy or admin', async () => {
    const input = agreementInput('scope-check');
    expect(codeOf((await subgraph.as({}).query(create, { input })).errors)).toBe('UNAUTHENTICATED');
    const refused = { refused: unauthenticated('the token has expired') };
    expect(codeOf((await subgraph.as(refused).query(create, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await subgraph.as(caller('bob', 'write:security')).query(create, { input })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.as(caller('carol', 'read')).query(create, { input })).errors)).toBe('FORBIDDEN');
    expect(await subgraph.data(`{ agreement(id: "scope-check") { id } }`)).toEqual({ agreement: null });

    // the scope is checked before the input: a bad input from a caller without it is still FORBIDDEN
    const bad = { ...input, id: 'Bad Id' };
    expect(codeOf((await subgraph.as(caller('bob', 'write:security')).query(create, { input: bad })).errors)).toBe('FORBIDDEN');

    const accepted = await subgraph.as(alice).query(create, { input });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toMatchObject({ createAgreement: { id: 'scope-check', version: 1, archivedAt: null } });
    const byAdmin = await subgraph.as(admin).query(create, { input: agreementInput('scope-check-admin') });
    expect(byAdmin.errors).toBeUndefined();
  });

  it('creates an agreement from the data-file shape and reads it back whole', async () => {
    const result = await subgraph.as(alice).query(create, { input: agreementInput('created-mou') });
    expect(result.errors).toBeUndefined();
    const { createAgreement } = result.data as { createAgreement: { updatedAt: string } };
    expect(Date.parse(createAgreement.updatedAt)).not.toBeNaN();
    expect(
      await subgraph.data(`{
        agreement(id: "created-mou") {
          title summary instrumentType form status signedOn datePrecision enteredIntoForceOn place { id }
          parties { country { code } organization { id } signatory { id } }
          witnesses { id } subjects energyProjects { id } engagement { id }
          citations { source { id } quote note } version archivedAt
        }
      }`),
    ).toEqual({
      agreement: {
        title: 'Tajikistan–China memorandum on hydropower',
        summary: 'A study of a dam.',
        instrumentType: 'MOU',
        form: 'BILATERAL',
        status: 'SIGNED',
        signedOn: '2024-03-01',
        datePrecision: 'DAY',
        enteredIntoForceOn: null,
        place: { id: 'fixture-abu-dhabi' },
        parties: [
          { country: { code: 'TJK' }, organization: null, signatory: { id: 'emomali-rahmon' } },
          { country: { code: 'CHN' }, organization: { id: 'sco' }, signatory: null },
        ],
        witnesses: [{ id: 'fixture-witness' }],
        subjects: ['ENERGY'],
        energyProjects: [{ id: 'fixture-solar-plant' }],
        engagement: { id: 'fixture-2022-09-sco-summit' },
        citations: [{ source: { id: 'fixture-xinhua' }, quote: 'signed a memorandum on hydropower', note: null }],
        version: 1,
        archivedAt: null,
      },
    });
    // an id that is taken is a conflict, not an overwrite
    const again = await subgraph.as(alice).query(create, { input: { ...agreementInput('created-mou'), title: 'Other' } });
    expect(codeOf(again.errors)).toBe('CONFLICT');
    expect(await subgraph.data(`{ agreement(id: "created-mou") { title version } }`)).toEqual({
      agreement: { title: 'Tajikistan–China memorandum on hydropower', version: 1 },
    });
  });

  it('refuses an invalid input naming every offending field, and writes nothing', async () => {
    const before = await rowCounts(subgraph);
    const input = {
      ...agreementInput('Bad Id'),
      title: '  ',
      signedOn: '2024-03-02',
      enteredIntoForceOn: '2024-03-01',
      parties: [{ signatory: 'emomali-rahmon' }, { country: 'tj' }],
      witnesses: ['fixture-witness', 'fixture-witness'],
      citations: [],
    };
    const { errors } = await subgraph.as(alice).query(create, { input });
    expect(codeOf(errors)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(errors)).toEqual([
      'input.citations',
      'input.enteredIntoForceOn',
      'input.id',
      'input.parties.0',
      'input.parties.1.country',
      'input.title',
      'input.witnesses',
    ]);
    expect(await rowCounts(subgraph)).toEqual(before);
  });

  it('refuses references to entities that do not exist, naming each field', async () => {
    const before = await rowCounts(subgraph);
    const input = {
      ...agreementInput('unknown-references'),
      place: 'nowhere',
      parties: [{ country: 'KAZ', signatory: 'nobody' }, { organization: 'no-such-org' }],
      witnesses: ['fixture-witness', 'no-witness'],
      energyProjects: ['no-project'],
      engagement: 'no-such-engagement',
      citations: [{ source: 'no-source', quote: 'x' }],
    };
    const { errors } = await subgraph.as(alice).query(create, { input });
    expect(codeOf(errors)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(errors)).toEqual([
      'input.citations.0.source',
      'input.energyProjects.0',
      'input.engagement',
      'input.parties.0.country',
      'input.parties.0.signatory',
      'input.parties.1.organization',
      'input.place',
      'input.witnesses.1',
    ]);
    expect(await rowCounts(subgraph)).toEqual(before);
  });

  it('merges a patch onto the record: null clears, lists replace, the rest stays', async () => {
    await subgraph.as(alice).query(create, { input: agreementInput('patched') });
    const result = await subgraph.as(alice).query(update, {
      id: 'patched',
      version: 1,
      patch: { summary: null, status: 'IN_FORCE', enteredIntoForceOn: '2024-04-01', parties: [{ country: 'TJK' }, { country: 'AFG' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      updateAgreement: {
        id: 'patched',
        title: 'Tajikistan–China memorandum on hydropower',
        status: 'IN_FORCE',
        summary: null,
        version: 2,
        parties: [
          { country: { code: 'TJK' }, organization: null },
          { country: { code: 'AFG' }, organization: null },
        ],
      },
    });
    // a patch is checked as the merged record, with paths under `patch`
    const bad = await subgraph.as(alice).query(update, {
      id: 'patched',
      version: 2,
      patch: { title: '', enteredIntoForceOn: '2020-01-01', witnesses: ['nobody'] },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad.errors)).toEqual(['patch.enteredIntoForceOn', 'patch.title']);
    const unknown = await subgraph.as(alice).query(update, { id: 'patched', version: 2, patch: { witnesses: ['nobody'], engagement: 'nowhere' } });
    expect(fieldPaths(unknown.errors)).toEqual(['patch.engagement', 'patch.witnesses.0']);
    expect(await subgraph.data(`{ agreement(id: "patched") { version witnesses { id } engagement { id } } }`)).toEqual({
      agreement: { version: 2, witnesses: [{ id: 'fixture-witness' }], engagement: { id: 'fixture-2022-09-sco-summit' } },
    });
  });

  it('refuses an update from a stale version with CONFLICT, keeping the first writer’s change', async () => {
    const id = 'fixture-2023-tjk-are-air-services';
    const first = await subgraph.as(alice).query(update, { id, version: 1, patch: { title: 'Alice’s title' } });
    expect(first.errors).toBeUndefined();
    const second = await subgraph.as(caller('bob', 'write:diplomacy')).query(update, { id, version: 1, patch: { status: 'EXPIRED' } });
    expect(codeOf(second.errors)).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await subgraph.data(`{ agreement(id: "${id}") { title status version } }`)).toEqual({
      agreement: { title: 'Alice’s title', status: 'IN_FORCE', version: 2 },
    });

    // two writers at once from the same version: exactly one gets through
    const racing = await Promise.all(
      ['one', 'two'].map((title) => subgraph.as(alice).query(update, { id, version: 2, patch: { title } })),
    );
    expect(racing.map((result) => codeOf(result.errors) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await subgraph.data(`{ agreement(id: "${id}") { version } }`)).toEqual({ agreement: { version: 3 } });
  });

  it('answers NOT_FOUND for writes to an agreement that does not exist', async () => {
    expect(codeOf((await subgraph.as(alice).query(update, { id: 'missing', version: 1, patch: { title: 'x' } })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await subgraph.as(alice).query(archive, { id: 'missing', version: 1 })).errors)).toBe('NOT_FOUND');
  });

  it('archives: gone from every list, still found by id and with includeArchived; then restores', async () => {
    const id = 'fixture-2023-tjk-are-energy-mou';
    const listed = async (filter = '{}') =>
      ids((await subgraph.data<{ agreements: { nodes: { id: string }[] } }>(`{ agreements(first: 100, filter: ${filter}) { nodes { id } } }`)).agreements);
    interface Contributed {
      _entities: [
        { agreements: { nodes: { id: string }[] }; archived: { nodes: { id: string }[] } },
        { concerning: { id: string }[] },
        { signed: { id: string }[] },
      ];
    }
    const contributed = () =>
      subgraph.data<Contributed>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Country { agreements(first: 100) { nodes { id } } archived: agreements(first: 100, filter: { includeArchived: true }) { nodes { id } } }
          ... on EnergyProject { concerning: agreements { id } }
          ... on DiplomaticEngagement { signed: agreements { id } }
        } }`,
        {
          reps: [
            { __typename: 'Country', code: 'ARE' },
            { __typename: 'EnergyProject', id: 'fixture-solar-plant' },
            { __typename: 'DiplomaticEngagement', id: 'fixture-2023-05-rahmon-visit-abu-dhabi' },
          ],
        },
      );
    expect(await listed()).toContain(id);
    expect(ids({ nodes: (await contributed())._entities[1].concerning })).toContain(id);

    const archived = await subgraph.as(alice).query(archive, { id, version: 1 });
    expect(archived.errors).toBeUndefined();
    expect(archived.data).toMatchObject({ archiveAgreement: { id, version: 2 } });
    expect(await listed()).not.toContain(id);
    expect(await listed('{ includeArchived: true }')).toContain(id);
    expect(await listed('{ includeArchived: true, subjects: [ENERGY] }')).toContain(id);
    const { agreement } = await subgraph.data<{ agreement: { archivedAt: string | null } }>(`{ agreement(id: "${id}") { archivedAt } }`);
    expect(Date.parse(agreement.archivedAt ?? '')).not.toBeNaN();
    const [country, project, engagement] = (await contributed())._entities;
    expect(ids(country.agreements)).not.toContain(id);
    expect(ids(country.archived)).toContain(id);
    expect(ids({ nodes: project.concerning })).not.toContain(id);
    expect(ids({ nodes: engagement.signed })).not.toContain(id);

    // archiving twice, or restoring from a stale version, is refused
    expect(codeOf((await subgraph.as(alice).query(archive, { id, version: 2 })).errors)).toBe('CONFLICT');
    expect(codeOf((await subgraph.as(alice).query(restore, { id, version: 1 })).errors)).toBe('CONFLICT');

    const restored = await subgraph.as(alice).query(restore, { id, version: 2 });
    expect(restored.data).toEqual({ restoreAgreement: { id, version: 3, archivedAt: null } });
    expect(await listed()).toContain(id);
    expect(codeOf((await subgraph.as(alice).query(restore, { id, version: 3 })).errors)).toBe('CONFLICT');
  });

  it('keeps a revision of every write: who, when, what it did and which fields changed', async () => {
    const id = 'revised';
    await subgraph.as(alice).query(create, { input: agreementInput(id) });
    await subgraph.as(caller('bob', 'write:diplomacy')).query(update, { id, version: 1, patch: { title: 'Revised', subjects: ['ENERGY', 'WATER'] } });
    await subgraph.as(admin).query(archive, { id, version: 2 });
    await subgraph.as(alice).query(restore, { id, version: 3 });
    const { agreement } = await subgraph.data<{
      agreement: { revisions: { version: number; operation: string; changedBy: string; changedAt: string; changedFields: string[]; before: Record<string, unknown> | null; after: Record<string, unknown> }[] };
    }>(`{ agreement(id: "${id}") { revisions { version operation changedBy changedAt changedFields before after } } }`);
    const revisions = agreement.revisions;
    expect(revisions.map((r) => [r.version, r.operation, r.changedBy])).toEqual([
      [1, 'CREATE', 'alice'],
      [2, 'UPDATE', 'bob'],
      [3, 'ARCHIVE', 'root'],
      [4, 'RESTORE', 'alice'],
    ]);
    expect(revisions.every((r) => !Number.isNaN(Date.parse(r.changedAt)))).toBe(true);
    expect(revisions[0]?.before).toBeNull();
    expect(revisions[0]?.after).toMatchObject({ id, title: 'Tajikistan–China memorandum on hydropower', parties: [{ country: 'TJK' }, { country: 'CHN' }] });
    expect(revisions[1]?.changedFields).toEqual(['subjects', 'title']);
    expect(revisions[1]?.before).toMatchObject({ title: 'Tajikistan–China memorandum on hydropower', subjects: ['ENERGY'] });
    expect(revisions[1]?.after).toMatchObject({ title: 'Revised', subjects: ['ENERGY', 'WATER'] });
    expect(revisions[2]?.changedFields).toEqual(['archivedAt']);
    expect(revisions[3]?.changedFields).toEqual(['archivedAt']);
    expect(revisions[3]?.after).toMatchObject({ archivedAt: null });
  });
});
