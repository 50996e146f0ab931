import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from '@pamir/db';
import { testDrivers } from '@pamir/db/testing';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedData, schema } from '../src/app.js';
import { clientFor, fixtures, openTestDatabase, queryData, type SecurityDatabase } from './harness.js';

/** A copy of the fixtures in a temporary folder, with some files replaced. */
async function fixturesWith(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pamir-security-'));
  await cp(fixtures, dir, { recursive: true });
  for (const [name, records] of Object.entries(files))
    await writeFile(path.join(dir, name), JSON.stringify(records));
  return `${dir}/`;
}

async function fixtureRecords(name: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as Record<string, unknown>[];
}

/** The constraint a refused statement names, whichever driver raised it. */
function violatedConstraint(error: unknown): string | undefined {
  const cause = (error as { cause?: { constraint?: string; constraint_name?: string } }).cause;
  return cause?.constraint ?? cause?.constraint_name;
}

const event = {
  id: 'fixture-direct',
  title: 'x',
  summary: 'x',
  date: '2023-01-02',
  datePrecision: 'DAY',
  disorderType: 'POLITICAL_VIOLENCE',
  eventType: 'BATTLES',
  subEventType: 'ARMED_CLASH',
  countryCode: 'TJK',
  civilianTargeting: false,
} satisfies typeof schema.securityEvents.$inferInsert;

const facility = {
  id: 'fixture-direct-facility',
  name: 'x',
  kind: 'BASE',
  status: 'OPERATIONAL',
  hostCountryCode: 'TJK',
} satisfies typeof schema.militaryFacilities.$inferInsert;

describe.each(testDrivers())('storage on %s', (driver) => {
  let database: SecurityDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('answers nested data for 100 events in as many statements as for one', async () => {
    const bulk = await openTestDatabase(driver);
    try {
      const ids = Array.from({ length: 100 }, (_, i) => `bulk-${String(i).padStart(3, '0')}`);
      await bulk.db
        .insert(schema.securityEvents)
        .values(
          ids.map((id, i) => ({
            ...event,
            id,
            date: `2030-01-${String((i % 28) + 1).padStart(2, '0')}`,
            placeId: `place-${i}`,
          })),
        );
      await bulk.db.insert(schema.securityEventActors).values(
        ids.flatMap((eventId, i) => [
          {
            eventId,
            position: 0,
            organizationId: `org-a-${i}`,
            role: 'ACTOR1' as const,
            actorType: 'STATE_FORCES' as const,
          },
          {
            eventId,
            position: 1,
            organizationId: `org-b-${i}`,
            role: 'ACTOR2' as const,
            actorType: 'REBEL_GROUP' as const,
          },
        ]),
      );
      await bulk.db
        .insert(schema.securityEventCitations)
        .values(
          ids.map((recordId) => ({
            recordId,
            position: 0,
            sourceId: 'fixture-amu-tv',
            quote: `quote for ${recordId}`,
          })),
        );

      const client = await clientFor(bulk);
      try {
        const statementsFor = async (first: number) => {
          const before = bulk.statements();
          const data = await queryData<{
            securityEvents: { nodes: { actors: unknown[]; citations: unknown[]; place: unknown }[] };
          }>(
            client,
            `{ securityEvents(first: ${first}) { nodes { place { id } actors { organization { id } role actorType } citations { quote source { id } } } } }`,
          );
          expect(data.securityEvents.nodes).toHaveLength(first);
          for (const node of data.securityEvents.nodes) {
            expect(node.place).not.toBeNull();
            expect(node.actors).toHaveLength(2);
            expect(node.citations).toHaveLength(1);
          }
          return bulk.statements() - before;
        };
        const one = await statementsFor(1);
        const hundred = await statementsFor(100);
        // the page, the actors of its events, their citations
        expect(one).toBe(3);
        expect(hundred).toBe(one);
      } finally {
        await client.stop();
      }
    } finally {
      await bulk.close();
    }
  });

  it('answers nested data for many facilities in one statement per kind', async () => {
    const client = await clientFor(database);
    try {
      const before = database.statements();
      await queryData(
        client,
        `{ militaryFacilities(first: 100) { nodes { operators { id } financiers { id } reportedCosts { amountUsd citation { quote } } citations { quote } } } }`,
      );
      // the page, operators and financiers together, reported costs, citations
      expect(database.statements() - before).toBe(4);
    } finally {
      await client.stop();
    }
  });

  it.each([
    [
      'an event that ends before it starts',
      'security_events_period',
      () => database.db.insert(schema.securityEvents).values({ ...event, dateEnd: '2023-01-01' }),
    ],
    [
      'a sub-event type filed under another event type',
      'security_events_sub_event_type',
      () => database.db.insert(schema.securityEvents).values({ ...event, subEventType: 'PEACEFUL_PROTEST' }),
    ],
    [
      'strategic developments under another disorder type',
      'security_events_strategic_disorder',
      () =>
        database.db
          .insert(schema.securityEvents)
          .values({
            ...event,
            eventType: 'STRATEGIC_DEVELOPMENTS',
            subEventType: 'ARRESTS',
            disorderType: 'POLITICAL_VIOLENCE',
          }),
    ],
    [
      'negative fatalities',
      'security_events_fatalities',
      () => database.db.insert(schema.securityEvents).values({ ...event, fatalities: -1 }),
    ],
    [
      'a country code that is not alpha-3',
      'security_events_country_alpha3',
      () => database.db.insert(schema.securityEvents).values({ ...event, countryCode: 'tj' }),
    ],
    [
      'a second ACTOR1 for one event',
      'security_event_actors_main_role',
      () =>
        database.db.insert(schema.securityEventActors).values({
          eventId: '2023-08-30-darvaz-ansarullah-incursion',
          position: 9,
          organizationId: 'pla',
          role: 'ACTOR1',
          actorType: 'EXTERNAL_OTHER_FORCES',
        }),
    ],
    [
      'actors of an event that does not exist',
      'security_event_actors_event_id_security_events_id_fk',
      () =>
        database.db
          .insert(schema.securityEventActors)
          .values({
            eventId: 'no-such-event',
            position: 0,
            organizationId: 'pla',
            role: 'ACTOR1',
            actorType: 'STATE_FORCES',
          }),
    ],
    [
      'an establishment date without its precision',
      'military_facilities_established_whole',
      () => database.db.insert(schema.militaryFacilities).values({ ...facility, established: '2020-01-01' }),
    ],
    [
      'a precision without an establishment date',
      'military_facilities_established_whole',
      () =>
        database.db.insert(schema.militaryFacilities).values({ ...facility, establishedPrecision: 'YEAR' }),
    ],
    [
      'a negative cost',
      'military_facilities_cost',
      () => database.db.insert(schema.militaryFacilities).values({ ...facility, costUsd: -5 }),
    ],
    [
      'the same organisation twice as a financier',
      'military_facility_organizations_once',
      () =>
        database.db
          .insert(schema.militaryFacilityOrganizations)
          .values({
            facilityId: 'vakhon-chinese-outpost',
            kind: 'FINANCIER',
            position: 9,
            organizationId: 'pla',
          }),
    ],
    [
      'a negative reported cost',
      'military_facility_reported_costs_amount',
      () =>
        database.db
          .insert(schema.militaryFacilityReportedCosts)
          .values({
            facilityId: 'vakhon-chinese-outpost',
            position: 9,
            amountUsd: -1,
            sourceId: 'fixture-amu-tv',
            quote: 'x',
          }),
    ],
    [
      'a reported cost with an empty quote',
      'military_facility_reported_costs_quote_present',
      () =>
        database.db
          .insert(schema.militaryFacilityReportedCosts)
          .values({
            facilityId: 'vakhon-chinese-outpost',
            position: 9,
            amountUsd: 1,
            sourceId: 'fixture-amu-tv',
            quote: '  ',
          }),
    ],
  ])('has the database itself refuse %s (%s)', async (_, constraint, insert) => {
    const error = await insert().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(violatedConstraint(error)).toBe(constraint);
  });

  it('deletes an event’s actors and citations with it', async () => {
    await database.db.insert(schema.securityEvents).values({ ...event, id: 'fixture-doomed' });
    await database.db
      .insert(schema.securityEventActors)
      .values({
        eventId: 'fixture-doomed',
        position: 0,
        organizationId: 'pla',
        role: 'ACTOR1',
        actorType: 'STATE_FORCES',
      });
    await database.db
      .insert(schema.securityEventCitations)
      .values({ recordId: 'fixture-doomed', position: 0, sourceId: 's', quote: 'q' });
    await database.db.delete(schema.securityEvents).where(eq(schema.securityEvents.id, 'fixture-doomed'));
    const [actors] = await database.db
      .select({ n: count() })
      .from(schema.securityEventActors)
      .where(eq(schema.securityEventActors.eventId, 'fixture-doomed'));
    const [citations] = await database.db
      .select({ n: count() })
      .from(schema.securityEventCitations)
      .where(eq(schema.securityEventCitations.recordId, 'fixture-doomed'));
    expect([actors?.n, citations?.n]).toEqual([0, 0]);
  });

  it('loads the fixtures idempotently: a second load with the same files changes nothing', async () => {
    const counts = async () =>
      Promise.all(
        [
          schema.securityEvents,
          schema.securityEventActors,
          schema.securityEventCitations,
          schema.militaryFacilities,
          schema.militaryFacilityOrganizations,
          schema.militaryFacilityReportedCosts,
          schema.militaryFacilityCitations,
        ].map(
          async (table) => (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n,
        ),
      );
    const before = await counts();
    expect(before).toEqual([5, 8, 6, 4, 8, 2, 4]);
    expect(await loadCuratedData(database.db, fixtures)).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('replaces an event’s actors and a facility’s organisations and costs when the files change', async () => {
    const fresh = await openTestDatabase(driver);
    try {
      const events = await fixtureRecords('security-events.json');
      const facilities = await fixtureRecords('military-facilities.json');
      const darvaz = events.find((e) => e['id'] === '2023-08-30-darvaz-ansarullah-incursion')!;
      darvaz['actors'] = [{ organization: 'jamaat-ansarullah', role: 'ACTOR1', actorType: 'REBEL_GROUP' }];
      const vakhon = facilities.find((f) => f['id'] === 'vakhon-chinese-outpost')!;
      vakhon['financiers'] = ['pla'];
      vakhon['organizationCountries'] = [{ organization: 'pla', country: 'CHN' }];
      vakhon['reportedCosts'] = [];
      const dir = await fixturesWith({
        'security-events.json': events,
        'military-facilities.json': facilities,
      });
      expect(await loadCuratedData(fresh.db, dir)).toBe('loaded');

      const client = await clientFor(fresh);
      try {
        const data = await queryData(
          client,
          `{ securityEvent(id: "2023-08-30-darvaz-ansarullah-incursion") { actors { organization { id } role } }
             militaryFacility(id: "vakhon-chinese-outpost") { operators { id } financiers { id } organizationCountries { organization { id } country { code } } reportedCosts { amountUsd } } }`,
        );
        expect(data).toEqual({
          securityEvent: { actors: [{ organization: { id: 'jamaat-ansarullah' }, role: 'ACTOR1' }] },
          militaryFacility: {
            operators: [{ id: 'tajik-rapid-reaction-unit' }],
            financiers: [{ id: 'pla' }],
            organizationCountries: [{ organization: { id: 'pla' }, country: { code: 'CHN' } }],
            reportedCosts: [],
          },
        });
      } finally {
        await client.stop();
      }
    } finally {
      await fresh.close();
    }
  });

  it('refuses an invalid events file naming the file, the record and every reason', async () => {
    const events = await fixtureRecords('security-events.json');
    const bad = {
      ...events[0],
      id: 'fixture-bad-event',
      eventType: 'RIOTS',
      subEventType: 'ARMED_CLASH',
      dateEnd: '2023-08-01',
    };
    const dir = await fixturesWith({ 'security-events.json': [events[1], bad] });
    const error = await loadCuratedData(database.db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    const message = (error as Error).message;
    expect(message).toMatch(/security-events\.json: record 1 \(id "fixture-bad-event"\): /);
    expect(message).toMatch(/dateEnd: dateEnd is before date/);
    expect(message).toMatch(/subEventType: ACLED files this sub-event type under another event type/);
  });

  it.each([
    [
      'security-events.json',
      {
        citations: [],
        fatalities: -2,
        actors: [
          { organization: 'a', role: 'ACTOR1', actorType: 'STATE_FORCES' },
          { organization: 'b', role: 'ACTOR1', actorType: 'STATE_FORCES' },
        ],
      },
      /record 0 \(id "fixture-2023-12-csto-exercise"\): fatalities: must not be negative; citations: every record cites at least one source/,
    ],
    [
      'security-events.json',
      {
        actors: [
          { organization: 'a', role: 'ACTOR1', actorType: 'STATE_FORCES' },
          { organization: 'b', role: 'ACTOR1', actorType: 'STATE_FORCES' },
        ],
      },
      /record 0 \(id "fixture-2023-12-csto-exercise"\): actors: an event has one ACTOR1 and one ACTOR2 at most/,
    ],
    [
      'security-events.json',
      { disorderType: 'POLITICAL_VIOLENCE' },
      /disorderType: STRATEGIC_DEVELOPMENTS is the disorder type/,
    ],
    [
      'military-facilities.json',
      { establishedPrecision: null },
      /record 0 \(id "fixture-direct"\): establishedPrecision: established and establishedPrecision/,
    ],
    ['military-facilities.json', { financiers: ['pla', 'pla'] }, /financiers: lists an organisation twice/],
    [
      'military-facilities.json',
      { reportedCosts: [{ amountUsd: 1, citation: { source: 'x', quote: '' } }] },
      /reportedCosts\.0\.citation\.quote: must not be empty/,
    ],
  ])('refuses a bad record in %s: %j', async (file, change, reason) => {
    const records = await fixtureRecords(file);
    const base =
      file === 'security-events.json'
        ? records.find((r) => r['id'] === 'fixture-2023-12-csto-exercise')!
        : { ...records[0], id: 'fixture-direct' };
    const dir = await fixturesWith({ [file]: [{ ...base, ...change }] });
    const error = await loadCuratedData(database.db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(new RegExp(`${file.replace('.', '\\.')}: `));
    expect((error as Error).message).toMatch(reason);
  });

  it('rolls back the whole load when the database refuses a record', async () => {
    // The events are valid and written first; the facility passes the file check but Postgres
    // refuses its text (a NUL character), after the events are already in.
    const events = await fixtureRecords('security-events.json');
    const renamed = events.map((e) => ({ ...e, id: `${String(e['id'])}-renamed`, title: 'renamed' }));
    const facilities = await fixtureRecords('military-facilities.json');
    const refused = { ...facilities[0], id: 'fixture-refused', summary: 'nul \u0000 inside' };
    const dir = await fixturesWith({
      'security-events.json': renamed,
      'military-facilities.json': [refused],
    });
    const error = await loadCuratedData(database.db, dir).catch((e: unknown) => e);
    expect(((error as Error).cause as Error | undefined)?.message).toMatch(/0x00/);
    const [written] = await database.db
      .select({ n: count() })
      .from(schema.securityEvents)
      .where(eq(schema.securityEvents.title, 'renamed'));
    expect(written?.n).toBe(0);
  });
});
