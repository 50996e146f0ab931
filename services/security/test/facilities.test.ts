import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  firstErrorOf,
  nodeIds,
  openTestDatabase,
  queryData,
  type Client,
  type SecurityDatabase,
} from './harness.js';

// Fixture facilities, by name.
const russianBase = 'fixture-201st-base';
const droneFactory = 'ababil-2-drone-factory';
const vakhon = 'vakhon-chinese-outpost';
const kabul = 'fixture-kabul-garrison';

describe.each(testDrivers())('military facilities on %s', (driver) => {
  let database: SecurityDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    client = await clientFor(database);
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });

  it('looks a facility up by id, with operators, financiers, every reported cost and its citations', async () => {
    const data = await queryData(
      client,
      `{ militaryFacility(id: "${vakhon}") {
          id name aliases kind status summary hostCountry { code } place { id }
          operators { id } financiers { id } established establishedPrecision costUsd
          reportedCosts { amountUsd citation { source { id } quote note } }
          citations { source { id } quote note }
        } }`,
    );
    expect(data).toEqual({
      militaryFacility: {
        id: vakhon,
        name: 'Chinese-funded outpost, Vakhon',
        aliases: ['Wakhan outpost'],
        kind: 'OUTPOST',
        status: 'PLANNED',
        summary: 'A special-forces outpost near the Afghan and Chinese borders, paid for by China.',
        hostCountry: { code: 'TJK' },
        place: { id: 'vakhon' },
        operators: [{ id: 'tajik-rapid-reaction-unit' }],
        financiers: [{ id: 'chinese-government' }, { id: 'pla' }],
        established: '2021-10-28',
        establishedPrecision: 'DAY',
        costUsd: 8500000,
        reportedCosts: [
          {
            amountUsd: 8500000,
            citation: { source: { id: 'fixture-asia-times' }, quote: 'US$8.5 million', note: null },
          },
          {
            amountUsd: 8600000,
            citation: {
              source: { id: 'fixture-caspian-post' },
              quote: '8.6 million',
              note: "another source's figure",
            },
          },
        ],
        citations: [{ source: { id: 'fixture-asia-times' }, quote: 'build a new outpost', note: null }],
      },
    });
  });

  it('gives empty lists and nulls where a facility has no figures, and null for an unknown id', async () => {
    const data = await queryData(
      client,
      `{ militaryFacility(id: "${russianBase}") { summary place { id } financiers { id } established establishedPrecision costUsd reportedCosts { amountUsd } }
         unknown: militaryFacility(id: "no-such-facility") { id } }`,
    );
    expect(data).toEqual({
      militaryFacility: {
        summary: null,
        place: null,
        financiers: [],
        established: null,
        establishedPrecision: null,
        costUsd: null,
        reportedCosts: [],
      },
      unknown: null,
    });
    expect(await firstErrorOf(client, `{ militaryFacility(id: "") { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
  });

  it('pages facilities by name with cursors, counting all matches', async () => {
    const first = await queryData<{
      militaryFacilities: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      client,
      `{ militaryFacilities(first: 3) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.militaryFacilities.totalCount).toBe(4);
    expect(first.militaryFacilities.nodes.map((node) => node.id)).toEqual([
      russianBase,
      droneFactory,
      vakhon,
    ]);
    expect(first.militaryFacilities.pageInfo.hasNextPage).toBe(true);
    const second = await queryData(
      client,
      `query ($after: String) { militaryFacilities(first: 3, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
      { after: first.militaryFacilities.pageInfo.endCursor },
    );
    expect(second).toEqual({
      militaryFacilities: { totalCount: 4, nodes: [{ id: kabul }], pageInfo: { hasNextPage: false } },
    });
  });

  it('filters by host country, kind, status and organisation (operator or financier)', async () => {
    expect(await nodeIds(client, `militaryFacilities(filter: { countries: ["AFG"] })`)).toEqual([kabul]);
    expect(await nodeIds(client, `militaryFacilities(filter: { kinds: [BASE] })`)).toEqual([
      russianBase,
      kabul,
    ]);
    expect(await nodeIds(client, `militaryFacilities(filter: { kinds: [OUTPOST, ARMS_FACTORY] })`)).toEqual([
      droneFactory,
      vakhon,
    ]);
    expect(await nodeIds(client, `militaryFacilities(filter: { statuses: [OPERATIONAL] })`)).toEqual([
      russianBase,
      droneFactory,
    ]);
    expect(await nodeIds(client, `militaryFacilities(filter: { organizations: ["pla"] })`)).toEqual([vakhon]);
    expect(
      await nodeIds(client, `militaryFacilities(filter: { organizations: ["tajik-government"] })`),
    ).toEqual([droneFactory]);
    expect(
      await nodeIds(
        client,
        `militaryFacilities(filter: { organizations: ["russian-armed-forces", "fixture-unknown-military"] })`,
      ),
    ).toEqual([russianBase, kabul]);
    expect(
      await nodeIds(
        client,
        `militaryFacilities(filter: { countries: ["TJK"], kinds: [BASE], statuses: [OPERATIONAL] })`,
      ),
    ).toEqual([russianBase]);
    expect(
      await nodeIds(client, `militaryFacilities(filter: { countries: ["AFG"], statuses: [OPERATIONAL] })`),
    ).toEqual([]);
  });

  it('searches names and aliases case-insensitively', async () => {
    expect(await nodeIds(client, `militaryFacilities(filter: { search: "wakhan" })`)).toEqual([vakhon]);
    expect(await nodeIds(client, `militaryFacilities(filter: { search: "ABABIL" })`)).toEqual([droneFactory]);
    expect(await nodeIds(client, `militaryFacilities(filter: { search: "russian base" })`)).toEqual([
      russianBase,
    ]);
    expect(await nodeIds(client, `militaryFacilities(filter: { search: "%" })`)).toEqual([]);
  });

  it('refuses a page size over 100 naming first', async () => {
    expect(await firstErrorOf(client, `{ militaryFacilities(first: 101) { totalCount } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('keeps every claim on a disputed field with its citation, and finds disputed facilities', async () => {
    const data = await queryData<{ militaryFacility: { costUsd: number; claims: unknown[] } }>(
      client,
      `{ militaryFacility(id: "${vakhon}") { costUsd claims { field value used reason citation { source { id } quote } } } }`,
    );
    expect(data.militaryFacility).toEqual({
      costUsd: 8500000,
      claims: [
        {
          field: 'costUsd',
          value: '8500000',
          used: true,
          reason: 'the fuller report',
          citation: { source: { id: 'fixture-asia-times' }, quote: 'US$8.5 million' },
        },
        {
          field: 'costUsd',
          value: '8600000',
          used: false,
          reason: null,
          citation: { source: { id: 'fixture-caspian-post' }, quote: '8.6 million' },
        },
      ],
    });
    expect(await nodeIds(client, `militaryFacilities(filter: { disputed: true })`)).toEqual([vakhon]);
    expect(await nodeIds(client, `militaryFacilities(filter: { disputed: false })`)).not.toContain(vakhon);
  });
});
