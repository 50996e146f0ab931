import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/app.js';
import { clientFor, openTestDatabase, queryData, type Client, type SecurityDatabase } from './harness.js';

// A guard, not a timer: the SQL statements one request costs must not grow with the rows it
// returns or the parents it is asked for. A nested field that loses its loader, or a contributed
// list that goes back to one statement per parent, fails here.

const copies = 30;

/** The fixture events again, `copies` times over, with their actors and citations: 150 events. */
async function multiplyEvents(database: SecurityDatabase): Promise<void> {
  const { db } = database;
  const events = await db.select().from(schema.securityEvents);
  const actors = await db.select().from(schema.securityEventActors);
  const citations = await db.select().from(schema.securityEventCitations);
  for (let copy = 1; copy <= copies; copy++) {
    const id = (original: string) => `${original}-copy-${copy}`;
    await db.insert(schema.securityEvents).values(events.map((event) => ({ ...event, id: id(event.id) })));
    await db.insert(schema.securityEventActors).values(actors.map((actor) => ({ ...actor, eventId: id(actor.eventId) })));
    await db
      .insert(schema.securityEventCitations)
      .values(citations.map((citation) => ({ ...citation, recordId: id(citation.recordId) })));
  }
}

/** How many statements the database was sent while the query ran. */
async function statementsFor(database: SecurityDatabase, client: Client, query: string): Promise<number> {
  const before = database.statements();
  await queryData(client, query);
  return database.statements() - before;
}

const eventFields = 'id place { id } actors { role organization { id } } citations { quote source { id } }';

/** Countries as the gateway hands them over: a reference each. */
const countries = (codes: string[]) => JSON.stringify(codes.map((code) => ({ __typename: 'Country', code }))).replace(/"(\w+)":/g, '$1:');

describe.each(testDrivers())('statements per request on %s', (driver) => {
  let database: SecurityDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    await multiplyEvents(database);
    client = await clientFor(database);
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });

  it('a list of events with their places, actors and citations costs the same for 10 rows as for 100', async () => {
    const list = (first: number) => `{ securityEvents(first: ${first}) { totalCount nodes { ${eventFields} } } }`;
    const few = await statementsFor(database, client, list(10));
    const many = await statementsFor(database, client, list(100));
    expect(many).toBe(few);
    // The page, its count, the actors and the citations.
    expect(few).toBe(4);
  });

  it("every event's involvement of one country costs one statement, for 10 rows as for 100", async () => {
    const list = (first: number) =>
      `{ securityEvents(first: ${first}, filter: { involving: { country: "CHN" } }) { nodes { id involvement(of: { country: "CHN" }) { role organization { id } } } } }`;
    const few = await statementsFor(database, client, list(10));
    expect(await statementsFor(database, client, list(100))).toBe(few);
    // The page and the roles.
    expect(few).toBe(2);
  });

  it('a contributed list costs the same for 2 parents as for 12', async () => {
    const fanOut = (codes: string[]) =>
      `{ _entities(representations: ${countries(codes)}) { ... on Country { securityEvents(first: 5) { totalCount nodes { ${eventFields} } } militaryFacilities { nodes { id } } } } }`;
    const two = await statementsFor(database, client, fanOut(['TJK', 'AFG']));
    const twelve = await statementsFor(
      database,
      client,
      fanOut(['TJK', 'AFG', 'CHN', 'RUS', 'KGZ', 'UZB', 'KAZ', 'PAK', 'IRN', 'IND', 'TKM', 'USA']),
    );
    expect(twelve).toBe(two);
    // The events' pages, their counts, the actors, the citations and the facilities' pages.
    expect(two).toBe(5);
  });

  it('resolves 2 events by reference in one statement, and 50 too', async () => {
    const ids = (await database.db.select({ id: schema.securityEvents.id }).from(schema.securityEvents)).map((row) => row.id);
    const byReference = (count: number) =>
      `{ _entities(representations: [${ids
        .slice(0, count)
        .map((id) => `{ __typename: "SecurityEvent", id: "${id}" }`)
        .join(', ')}]) { ... on SecurityEvent { id title } } }`;
    expect(await statementsFor(database, client, byReference(2))).toBe(1);
    expect(await statementsFor(database, client, byReference(50))).toBe(1);
  });

  it('the same holds for places and organisations, and when a page is asked after a cursor', async () => {
    const { securityEvents } = await queryData<{ securityEvents: { pageInfo: { endCursor: string } } }>(
      client,
      '{ securityEvents(first: 3) { pageInfo { endCursor } } }',
    );
    const after = securityEvents.pageInfo.endCursor;
    const fanOut = (typename: string, ids: string[]) =>
      `{ _entities(representations: [${ids.map((id) => `{ __typename: "${typename}", id: "${id}" }`).join(', ')}]) { ... on ${typename} { securityEvents(first: 20, after: "${after}") { totalCount nodes { ${eventFields} } } } } }`;
    const places = ['darvaz-district', 'dushanbe', 'kabul', 'vakhon'];
    const organizations = ['tajik-border-troops', 'jamaat-ansarullah', 'pla', 'csto', 'tajik-government', 'chinese-government'];
    expect(await statementsFor(database, client, fanOut('Place', places))).toBe(
      await statementsFor(database, client, fanOut('Place', places.slice(0, 1))),
    );
    expect(await statementsFor(database, client, fanOut('Organization', organizations))).toBe(
      await statementsFor(database, client, fanOut('Organization', organizations.slice(0, 2))),
    );
  });
});
