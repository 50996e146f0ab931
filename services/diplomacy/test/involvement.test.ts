import type { DatabaseHandle } from '@pamir/db';
import { testDrivers } from '@pamir/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/app.js';
import { ids, useSubgraph } from './harness.js';

// "Everything involving China": the lists' `involving` filter and the records' `involvement(of:)`,
// which read the same sources (src/store/involvement.ts), so every record the filter returns says
// how the entity takes part.

const energyMou = 'fixture-2023-tjk-are-energy-mou';
const airServices = 'fixture-2023-tjk-are-air-services';
const protocol = 'fixture-2022-sco-security-protocol';
const contract = 'fixture-2019-power-line-contract';
const water = 'fixture-undated-water-agreement';
const visit = 'fixture-2023-05-rahmon-visit-abu-dhabi';
const summit = 'fixture-2022-09-sco-summit';
const call = 'fixture-2021-03-call-kabul';

// No fixture names one entity several times in a record, nor an engagement's organisation with a
// home country: two records added to this suite's own database show those cases without changing
// what the other suites see.
const statement = 'involving-2024-chn-tjk-joint-statement';
const meeting = 'involving-2024-06-chn-tjk-meeting';

async function insertRecords(db: DatabaseHandle<typeof schema>['db']): Promise<void> {
  await db.insert(schema.agreements).values({
    id: statement,
    title: 'China–Tajikistan joint statement',
    instrumentType: 'JOINT_STATEMENT',
    form: 'MULTILATERAL',
    status: 'SIGNED',
    signedOn: '2024-06-01',
    datePrecision: 'DAY',
    subjects: ['OTHER'],
  });
  await db.insert(schema.agreementParties).values([
    { agreementId: statement, position: 0, countryCode: 'CHN' },
    { agreementId: statement, position: 1, organizationId: 'fixture-builder', organizationCountryCode: 'CHN', signatoryId: 'fixture-witness' },
    { agreementId: statement, position: 2, countryCode: 'TJK', signatoryId: 'emomali-rahmon' },
  ]);
  await db.insert(schema.agreementWitnesses).values({ agreementId: statement, personId: 'fixture-witness', position: 0 });
  await db.insert(schema.engagements).values({
    id: meeting,
    title: 'China hosts a Tajik-mediated meeting',
    kind: 'MEETING',
    cameoCode: '040',
    startDate: '2024-06-01',
    datePrecision: 'DAY',
  });
  await db.insert(schema.engagementParticipants).values([
    { engagementId: meeting, position: 0, countryCode: 'CHN', role: 'HOST' },
    { engagementId: meeting, position: 1, organizationId: 'fixture-builder', organizationCountryCode: 'CHN', personId: 'fixture-witness', role: 'GUEST' },
    { engagementId: meeting, position: 2, countryCode: 'TJK', personId: 'emomali-rahmon', role: 'MEDIATOR' },
    { engagementId: meeting, position: 3, organizationId: 'sco', role: 'RECIPIENT' },
  ]);
}

type Entity = { country: string } | { organization: string } | { person: string };
interface Involvement {
  role: string;
  organization: { id: string } | null;
  person: { id: string } | null;
}
interface InvolvedPage {
  nodes: { id: string; involvement: Involvement[] }[];
}

/** An involvement as the graph gives it. */
const role = (name: string, organization: string | null = null, person: string | null = null): Involvement => ({
  role: name,
  organization: organization ? { id: organization } : null,
  person: person ? { id: person } : null,
});

const involvedQuery = (list: 'agreements' | 'engagements') => `query ($of: InvolvedEntity!, $filter: ${
  list === 'agreements' ? 'AgreementFilter' : 'EngagementFilter'
}) {
  ${list}(filter: $filter, first: 100) { nodes { id involvement(of: $of) { role organization { id } person { id } } } }
}`;

describe.each(testDrivers())('diplomacy involving on %s', (driver) => {
  const subgraph = useSubgraph(driver);
  beforeAll(async () => {
    await insertRecords(subgraph.database().db);
  });

  /** The list filtered by `involving`, each record with how the entity takes part. */
  async function involving(list: 'agreements' | 'engagements', of: Entity, filter: Record<string, unknown> = {}) {
    const data = await subgraph.data<Record<string, InvolvedPage>>(involvedQuery(list), { of, filter: { ...filter, involving: of } });
    return Object.fromEntries(data[list]!.nodes.map((node) => [node.id, node.involvement]));
  }

  const errorOf = async (query: string, variables?: Record<string, unknown>) =>
    (await subgraph.client().query(query, variables)).errors?.[0]?.extensions;

  describe('agreements', () => {
    it('finds a country as a party itself and through its organisations, each party in order', async () => {
      expect(await involving('agreements', { country: 'CHN' })).toEqual({
        [statement]: [role('PARTY'), role('PARTY', 'fixture-builder', 'fixture-witness')],
        [protocol]: [role('PARTY')],
        // fixture-builder's home country: no Chinese party as such
        [contract]: [role('PARTY', 'fixture-builder')],
      });
    });

    it('reports the party’s organisation and signatory with a country’s role', async () => {
      const tajikistan = await involving('agreements', { country: 'TJK' });
      expect(Object.keys(tajikistan)).toEqual([statement, airServices, energyMou, protocol, contract, water]);
      expect(tajikistan[energyMou]).toEqual([role('PARTY', null, 'emomali-rahmon')]);
      expect(tajikistan[contract]).toEqual([role('PARTY', 'fixture-tjk-ministry-of-energy', 'fixture-tjk-foreign-minister')]);
    });

    it('finds an organisation as a party', async () => {
      expect(await involving('agreements', { organization: 'masdar' })).toEqual({
        [energyMou]: [role('PARTY', 'masdar', 'fixture-uae-president')],
      });
      expect(await involving('agreements', { organization: 'sco' })).toEqual({ [protocol]: [role('PARTY', 'sco')] });
    });

    it('finds a person as a signatory, with the party’s organisation, and as a witness, signatories first', async () => {
      expect(await involving('agreements', { person: 'fixture-witness' })).toEqual({
        [statement]: [role('SIGNATORY', 'fixture-builder', 'fixture-witness'), role('WITNESS', null, 'fixture-witness')],
        [energyMou]: [role('WITNESS', null, 'fixture-witness')],
      });
      expect(await involving('agreements', { person: 'fixture-tjk-foreign-minister' })).toEqual({
        [protocol]: [role('WITNESS', null, 'fixture-tjk-foreign-minister')],
        [contract]: [role('SIGNATORY', 'fixture-tjk-ministry-of-energy', 'fixture-tjk-foreign-minister')],
      });
    });

    it('finds nothing for an entity in no agreement, and gives an empty involvement where it takes no part', async () => {
      expect(await involving('agreements', { country: 'KAZ' })).toEqual({});
      expect(await involving('agreements', { person: 'nobody' })).toEqual({});
      const data = await subgraph.data<{ agreement: { involvement: Involvement[] } }>(
        `{ agreement(id: "${water}") { involvement(of: { country: "CHN" }) { role } } }`,
      );
      expect(data.agreement.involvement).toEqual([]);
    });

    it('combines with the other filter fields', async () => {
      expect(Object.keys(await involving('agreements', { country: 'CHN' }, { instrumentTypes: ['PROTOCOL', 'CONTRACT'] }))).toEqual([
        protocol,
        contract,
      ]);
      expect(Object.keys(await involving('agreements', { person: 'emomali-rahmon' }, { countries: ['ARE'] }))).toEqual([energyMou]);
      expect(Object.keys(await involving('agreements', { country: 'TJK' }, { from: '2023-01-01', to: '2023-12-31' }))).toEqual([
        airServices,
        energyMou,
      ]);
    });
  });

  describe('engagements', () => {
    it('finds a country itself and through its organisations, in the participants’ roles and order', async () => {
      expect(await involving('engagements', { country: 'CHN' })).toEqual({
        [meeting]: [role('HOST'), role('GUEST', 'fixture-builder', 'fixture-witness')],
        [summit]: [role('PARTICIPANT')],
      });
      expect(await involving('engagements', { country: 'TJK' })).toEqual({
        [meeting]: [role('MEDIATOR', null, 'emomali-rahmon')],
        [visit]: [role('GUEST', null, 'emomali-rahmon')],
        [summit]: [role('PARTICIPANT')],
      });
    });

    it('finds an organisation and a person', async () => {
      expect(await involving('engagements', { organization: 'sco' })).toEqual({
        [meeting]: [role('RECIPIENT', 'sco')],
        [summit]: [role('HOST', 'sco')],
      });
      expect(await involving('engagements', { person: 'fixture-tjk-foreign-minister' })).toEqual({
        [call]: [role('HOST', null, 'fixture-tjk-foreign-minister')],
      });
      expect(await involving('engagements', { person: 'fixture-witness' })).toEqual({
        [meeting]: [role('GUEST', 'fixture-builder', 'fixture-witness')],
      });
    });

    it('combines with the other filter fields', async () => {
      expect(Object.keys(await involving('engagements', { country: 'TJK' }, { kinds: ['SUMMIT', 'STATE_VISIT'] }))).toEqual([visit, summit]);
      expect(Object.keys(await involving('engagements', { country: 'CHN' }, { search: 'samarkand' }))).toEqual([summit]);
    });
  });

  it('returns exactly the records whose involvement is not empty', async () => {
    const entities: Entity[] = [
      { country: 'CHN' },
      { country: 'TJK' },
      { country: 'ARE' },
      { country: 'AFG' },
      { organization: 'sco' },
      { organization: 'fixture-builder' },
      { person: 'emomali-rahmon' },
      { person: 'fixture-witness' },
      { person: 'fixture-tjk-foreign-minister' },
    ];
    for (const list of ['agreements', 'engagements'] as const) {
      for (const of of entities) {
        const all = await subgraph.data<Record<string, InvolvedPage>>(involvedQuery(list), { of });
        const involved = all[list]!.nodes.filter((node) => node.involvement.length).map((node) => node.id);
        expect(Object.keys(await involving(list, of)), `${list} involving ${JSON.stringify(of)}`).toEqual(involved);
      }
    }
  });

  it('filters the lists contributed to countries, organisations and people', async () => {
    const data = await subgraph.data<{ _entities: { agreements?: { nodes: { id: string }[] }; engagements?: { nodes: { id: string }[] } }[] }>(
      `query ($reps: [_Any!]!) {
        _entities(representations: $reps) {
          ... on Country { agreements(filter: { involving: { person: "fixture-tjk-foreign-minister" } }) { nodes { id } } }
          ... on Person { engagements(filter: { involving: { country: "ARE" } }) { nodes { id } } }
          ... on Organization { agreements(filter: { involving: { country: "TJK" } }) { nodes { id } } }
        }
      }`,
      {
        reps: [
          { __typename: 'Country', code: 'TJK' },
          { __typename: 'Person', id: 'emomali-rahmon' },
          { __typename: 'Organization', id: 'fixture-builder' },
        ],
      },
    );
    expect(data._entities.map((entity) => ids((entity.agreements ?? entity.engagements)!))).toEqual([
      [protocol, contract],
      [visit],
      [statement, contract],
    ]);
  });

  it('refuses an involved entity naming none or two kinds, an empty id or a country not in alpha-3', async () => {
    const cases: [string, string][] = [
      ['{}', 'filter.involving'],
      ['{ country: "CHN", person: "fixture-witness" }', 'filter.involving'],
      ['{ organization: " " }', 'filter.involving.organization'],
      ['{ person: "" }', 'filter.involving.person'],
      ['{ country: "CN" }', 'filter.involving.country'],
      ['{ country: "chn" }', 'filter.involving.country'],
    ];
    for (const [input, argument] of cases) {
      const bad = { code: 'BAD_USER_INPUT', argument };
      expect(await errorOf(`{ agreements(filter: { involving: ${input} }) { totalCount } }`), input).toEqual(bad);
      expect(await errorOf(`{ engagements(filter: { involving: ${input} }) { totalCount } }`), input).toEqual(bad);
      expect(
        await errorOf(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Country { agreements(filter: { involving: ${input} }) { totalCount } } } }`, {
          reps: [{ __typename: 'Country', code: 'TJK' }],
        }),
        input,
      ).toEqual(bad);
    }
    expect(await errorOf(`{ agreements { nodes { involvement(of: {}) { role } } } }`)).toEqual({ code: 'BAD_USER_INPUT', argument: 'of' });
    expect(await errorOf(`{ engagements { nodes { involvement(of: { country: "China" }) { role } } } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'of.country',
    });
  });

  it('answers a page of records asking their involvement in one statement more, however many records', async () => {
    /** How many statements the query costs, and how many records it returned. */
    async function measure(list: 'agreements' | 'engagements', first: number, withInvolvement: boolean) {
      const field = withInvolvement ? 'involvement(of: { country: "TJK" }) { role organization { id } person { id } }' : '';
      const before = subgraph.database().statements();
      const data = await subgraph.data<Record<string, { nodes: unknown[] }>>(`{ ${list}(first: ${first}) { nodes { id ${field} } } }`);
      return { nodes: data[list]!.nodes.length, statements: subgraph.database().statements() - before };
    }
    for (const list of ['agreements', 'engagements'] as const) {
      const one = await measure(list, 1, true);
      const all = await measure(list, 100, true);
      const plain = await measure(list, 100, false);
      expect(one.nodes).toBe(1);
      expect(all.nodes).toBeGreaterThan(3);
      expect(all.statements).toBe(plain.statements + 1);
      expect(one.statements).toBe(all.statements);
    }
  });
});
