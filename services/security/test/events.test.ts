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

// Fixture events, newest first.
const csto = 'fixture-2023-12-csto-exercise';
const darvaz = '2023-08-30-darvaz-ansarullah-incursion';
const protest = 'fixture-2023-03-15-dushanbe-protest';
const drone = 'fixture-2022-05-kabul-drone-strike';
const outpost = 'fixture-2021-10-28-vakhon-outpost-approved';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe.each(testDrivers())('security events on %s', (driver) => {
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

  it('looks an event up by id, with its actors, citations and the references the gateway resolves', async () => {
    const data = await queryData(
      client,
      `{ securityEvent(id: "${darvaz}") {
          id title summary date dateEnd datePrecision disorderType eventType subEventType
          country { code } place { id }
          actors { organization { id } role actorType }
          fatalities civilianTargeting tags
          citations { source { id } quote note }
        } }`,
    );
    expect(data).toEqual({
      securityEvent: {
        id: darvaz,
        title: 'Border troops kill three Ansarullah militants in Darvaz',
        summary:
          'Tajik border troops clashed overnight with an armed group that had crossed the Panj river from Afghanistan.',
        date: '2023-08-30',
        dateEnd: '2023-08-31',
        datePrecision: 'DAY',
        disorderType: 'POLITICAL_VIOLENCE',
        eventType: 'BATTLES',
        subEventType: 'ARMED_CLASH',
        country: { code: 'TJK' },
        place: { id: 'darvaz-district' },
        actors: [
          { organization: { id: 'tajik-border-troops' }, role: 'ACTOR1', actorType: 'STATE_FORCES' },
          { organization: { id: 'jamaat-ansarullah' }, role: 'ACTOR2', actorType: 'REBEL_GROUP' },
        ],
        fatalities: 3,
        civilianTargeting: false,
        tags: ['cross-border', 'Ansarullah'],
        citations: [
          {
            source: { id: 'fixture-amu-tv' },
            quote: 'killed three members of Jamaat Ansarullah',
            note: 'fatalities',
          },
          { source: { id: 'fixture-caspian-post' }, quote: 'crossed from Afghanistan', note: null },
        ],
      },
    });
  });

  it('gives null where the sources give no place, end date or fatality figure', async () => {
    const data = await queryData(
      client,
      `{ securityEvent(id: "${csto}") { place { id } dateEnd fatalities } }`,
    );
    expect(data).toEqual({ securityEvent: { place: null, dateEnd: null, fatalities: null } });
  });

  it('gives null for an unknown id and BAD_USER_INPUT naming the argument for an empty one', async () => {
    expect(await queryData(client, `{ securityEvent(id: "no-such-event") { id } }`)).toEqual({
      securityEvent: null,
    });
    expect(await firstErrorOf(client, `{ securityEvent(id: "") { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect(await firstErrorOf(client, `{ securityEvent(id: "  ") { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
  });

  it('lists events newest first by default and oldest first with DATE_ASC', async () => {
    expect(await nodeIds(client, `securityEvents`)).toEqual([csto, darvaz, protest, drone, outpost]);
    expect(await nodeIds(client, `securityEvents(orderBy: DATE_DESC)`)).toEqual([
      csto,
      darvaz,
      protest,
      drone,
      outpost,
    ]);
    expect(await nodeIds(client, `securityEvents(orderBy: DATE_ASC)`)).toEqual([
      outpost,
      drone,
      protest,
      darvaz,
      csto,
    ]);
  });

  it.each([
    ['DATE_DESC', [[csto, darvaz], [protest, drone], [outpost]]],
    ['DATE_ASC', [[outpost, drone], [protest, darvaz], [csto]]],
  ] as const)('pages events %s with cursors, counting all matches on every page', async (orderBy, pages) => {
    let after: string | null = null;
    for (const [index, expected] of pages.entries()) {
      const { securityEvents: page }: { securityEvents: Page } = await queryData(
        client,
        `query ($after: String) { securityEvents(first: 2, after: $after, orderBy: ${orderBy}) {
           totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.totalCount).toBe(5);
      expect(page.nodes.map((node) => node.id)).toEqual(expected);
      expect(page.pageInfo.hasNextPage).toBe(index < pages.length - 1);
      after = page.pageInfo.endCursor;
      expect(after).not.toBeNull();
    }
    const { securityEvents: last }: { securityEvents: Page } = await queryData(
      client,
      `query ($after: String) { securityEvents(first: 2, after: $after, orderBy: ${orderBy}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(last).toEqual({ totalCount: 5, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters by country, place, event type, sub-event type and disorder type', async () => {
    expect(await nodeIds(client, `securityEvents(filter: { countries: ["AFG"] })`)).toEqual([drone]);
    expect(await nodeIds(client, `securityEvents(filter: { countries: ["AFG", "TJK"] })`)).toHaveLength(5);
    expect(await nodeIds(client, `securityEvents(filter: { places: ["vakhon", "kabul"] })`)).toEqual([
      drone,
      outpost,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { eventTypes: [STRATEGIC_DEVELOPMENTS] })`)).toEqual(
      [csto, outpost],
    );
    expect(
      await nodeIds(client, `securityEvents(filter: { subEventTypes: [ARMED_CLASH, AIR_DRONE_STRIKE] })`),
    ).toEqual([darvaz, drone]);
    expect(await nodeIds(client, `securityEvents(filter: { disorderTypes: [DEMONSTRATIONS] })`)).toEqual([
      protest,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { countries: [] })`)).toHaveLength(5);
  });

  it('filters by actor in any role, associates included', async () => {
    expect(await nodeIds(client, `securityEvents(filter: { actors: ["tajik-border-troops"] })`)).toEqual([
      csto,
      darvaz,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { actors: ["jamaat-ansarullah"] })`)).toEqual([
      darvaz,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { actors: ["pla", "fixture-traders"] })`)).toEqual([
      protest,
      outpost,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { actors: ["nobody"] })`)).toEqual([]);
  });

  it('filters by an inclusive date range', async () => {
    expect(await nodeIds(client, `securityEvents(filter: { from: "2023-01-01" })`)).toEqual([
      csto,
      darvaz,
      protest,
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { to: "2022-12-31" })`)).toEqual([drone, outpost]);
    expect(await nodeIds(client, `securityEvents(filter: { from: "2023-03-15", to: "2023-08-30" })`)).toEqual(
      [darvaz, protest],
    );
    expect(await nodeIds(client, `securityEvents(filter: { from: "2023-03-15", to: "2023-03-15" })`)).toEqual(
      [protest],
    );
  });

  it('searches title, summary and tags case-insensitively, with LIKE wildcards taken literally', async () => {
    expect(await nodeIds(client, `securityEvents(filter: { search: "KABUL" })`)).toEqual([drone]);
    expect(await nodeIds(client, `securityEvents(filter: { search: "city hall" })`)).toEqual([protest]);
    expect(await nodeIds(client, `securityEvents(filter: { search: "cross-border" })`)).toEqual([darvaz]);
    expect(await nodeIds(client, `securityEvents(filter: { search: "exercise" })`)).toEqual([csto]);
    expect(await nodeIds(client, `securityEvents(filter: { search: "  " })`)).toHaveLength(5);
    expect(await nodeIds(client, `securityEvents(filter: { search: "%" })`)).toEqual([]);
    expect(await nodeIds(client, `securityEvents(filter: { search: "_" })`)).toEqual([]);
  });

  it('combines filter fields with AND', async () => {
    expect(
      await nodeIds(
        client,
        `securityEvents(filter: { countries: ["TJK"], actors: ["tajik-border-troops"], eventTypes: [BATTLES] })`,
      ),
    ).toEqual([darvaz]);
    expect(
      await nodeIds(
        client,
        `securityEvents(filter: { countries: ["AFG"], actors: ["tajik-border-troops"] })`,
      ),
    ).toEqual([]);
    const data = await queryData(
      client,
      `{ securityEvents(filter: { countries: ["TJK"], from: "2023-01-01" }) { totalCount } }`,
    );
    expect(data).toEqual({ securityEvents: { totalCount: 3 } });
  });

  it('refuses page sizes outside 0..100, foreign cursors and ranges that end before they start, naming the argument', async () => {
    for (const first of [101, -1]) {
      expect(
        await firstErrorOf(client, `query ($first: Int) { securityEvents(first: $first) { totalCount } }`, {
          first,
        }),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    }
    expect(await firstErrorOf(client, `{ securityEvents(after: "not-a-cursor") { totalCount } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    // A cursor carries its order: one given out newest first is refused by the oldest-first list,
    // rather than answered with a wrong page; a facility cursor is refused by the event list.
    const { securityEvents: newest }: { securityEvents: Page } = await queryData(
      client,
      `{ securityEvents(first: 1, orderBy: DATE_DESC) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    const otherOrder = `query ($after: String) { securityEvents(first: 1, after: $after, orderBy: DATE_ASC) { totalCount } }`;
    expect(await firstErrorOf(client, otherOrder, { after: newest.pageInfo.endCursor })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    const { militaryFacilities: facilities }: { militaryFacilities: Page } = await queryData(
      client,
      `{ militaryFacilities(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    const events = `query ($after: String) { securityEvents(first: 1, after: $after, orderBy: DATE_ASC) { totalCount } }`;
    expect(await firstErrorOf(client, events, { after: facilities.pageInfo.endCursor })).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    expect(
      await firstErrorOf(
        client,
        `{ securityEvents(filter: { from: "2023-12-31", to: "2023-01-01" }) { totalCount } }`,
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(
      await firstErrorOf(client, `{ securityEvents(filter: { from: "2023-02-30" }) { totalCount } }`),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      await firstErrorOf(
        client,
        `{ securityEvents(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`,
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.search',
    });
  });

  it('says how sure each figure, date and place is, and which events were only announced', async () => {
    const data = await queryData<{ securityEvent: Record<string, unknown> }>(
      client,
      `{ securityEvent(id: "2023-08-30-darvaz-ansarullah-incursion") {
          fatalities fatalitiesQualifier fatalitiesLow fatalitiesHigh forceSize forceSizeQualifier
          status dateQualifier placePrecision
          claims { field value used reason citation { source { id } quote note } }
        } }`,
    );
    expect(data.securityEvent).toEqual({
      fatalities: 3,
      fatalitiesQualifier: 'AT_LEAST',
      fatalitiesLow: null,
      fatalitiesHigh: null,
      forceSize: null,
      forceSizeQualifier: null,
      status: 'REPORTED',
      dateQualifier: 'ON',
      placePrecision: null,
      claims: [
        {
          field: 'fatalities',
          value: '3',
          used: true,
          reason: null,
          citation: {
            source: { id: 'fixture-amu-tv' },
            quote: 'three members of the armed terrorist group were neutralized',
            note: null,
          },
        },
      ],
    });
    expect(await nodeIds(client, `securityEvents(filter: { statuses: [SCHEDULED, PLANNED] })`)).toEqual([
      'fixture-2023-12-csto-exercise',
    ]);
    expect(await nodeIds(client, `securityEvents(filter: { fatalitiesQualifiers: [AT_LEAST] })`)).toEqual([
      '2023-08-30-darvaz-ansarullah-incursion',
    ]);
    // one claim alone is no disagreement
    expect(await nodeIds(client, `securityEvents(filter: { disputed: true })`)).toEqual([]);
    expect(await nodeIds(client, `securityEvents(filter: { disputed: false })`)).toHaveLength(5);
  });

  it('accepts a page of 100 and a page of none', async () => {
    expect(await nodeIds(client, `securityEvents(first: 100)`)).toHaveLength(5);
    const data = await queryData(
      client,
      `{ securityEvents(first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
    );
    expect(data).toEqual({ securityEvents: { totalCount: 5, nodes: [], pageInfo: { hasNextPage: true } } });
  });
});
