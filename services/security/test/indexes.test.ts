import { plannedScans, recordingLogger, testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, openTestDatabase, queryData, type Client, type SecurityDatabase } from './harness.js';

// Every filter of the contract's lists is answered from an index: each statement a list sends is
// planned with sequential scans priced out, as on a table of 100,000 events, and no Seq Scan may
// be left. Two exceptions, both reading every row by nature: the count of a list with no filter
// (a cursor does not narrow the count), and `search`, a substring match no b-tree index answers
// (it narrows a list that the date order already bounds). Measured plans at 100k rows: README.

const page = '{ totalCount nodes { id } }';
const cursor = Buffer.from(JSON.stringify(['desc', '2023-06-01', 'x'])).toString('base64url');
/** The count of every live event: the one statement here that reads the whole table. */
const countsAll = (query: string) => /^select count\(\*\) from "security_events" where "security_events"."archived_at" is null$/.test(query);

const lists: Record<string, string> = {
  'no filter': `securityEvents ${page}`,
  countries: `securityEvents(filter: { countries: ["TJK"] }) ${page}`,
  places: `securityEvents(filter: { places: ["darvaz-district"] }) ${page}`,
  actors: `securityEvents(filter: { actors: ["jamaat-ansarullah"] }) ${page}`,
  eventTypes: `securityEvents(filter: { eventTypes: [BATTLES] }) ${page}`,
  subEventTypes: `securityEvents(filter: { subEventTypes: [ARMED_CLASH] }) ${page}`,
  disorderTypes: `securityEvents(filter: { disorderTypes: [POLITICAL_VIOLENCE] }) ${page}`,
  statuses: `securityEvents(filter: { statuses: [CLAIMED] }) ${page}`,
  fatalitiesQualifiers: `securityEvents(filter: { fatalitiesQualifiers: [AT_LEAST] }) ${page}`,
  'date range': `securityEvents(filter: { from: "2023-01-01", to: "2023-12-31" }) ${page}`,
  'date order and cursor': `securityEvents(orderBy: DATE_ASC, after: "${Buffer.from(JSON.stringify(['asc', '2022-01-01', 'x'])).toString('base64url')}") ${page}`,
  'newest first after a cursor': `securityEvents(after: "${cursor}") ${page}`,
  'facilities by country': `militaryFacilities(filter: { countries: ["TJK"] }) ${page}`,
  'facilities by organisation': `militaryFacilities(filter: { organizations: ["pla"] }) ${page}`,
  'facilities by kind and status': `militaryFacilities(filter: { kinds: [BASE], statuses: [OPERATIONAL] }) ${page}`,
  'contributed to countries': `_entities(representations: [{ __typename: "Country", code: "TJK" }, { __typename: "Country", code: "AFG" }]) { ... on Country { securityEvents(first: 5) ${page} militaryFacilities ${page} } }`,
  'contributed to places': `_entities(representations: [{ __typename: "Place", id: "darvaz-district" }]) { ... on Place { securityEvents ${page} } }`,
  'contributed to organisations': `_entities(representations: [{ __typename: "Organization", id: "pla" }]) { ... on Organization { securityEvents ${page} militaryFacilities ${page} } }`,
};

describe.each(testDrivers())('indexes on %s', (driver) => {
  const logger = recordingLogger();
  let database: SecurityDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await openTestDatabase(driver, logger);
    client = await clientFor(database);
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });

  it.each(Object.entries(lists))('answers %s from indexes', async (_, list) => {
    logger.statements.length = 0;
    await queryData(client, `{ ${list} }`);
    expect(logger.statements.length).toBeGreaterThan(0);
    for (const statement of logger.statements.filter((sent) => !countsAll(sent.query))) {
      const scans = await plannedScans(database, statement);
      expect(scans.filter((scan) => scan.node === 'Seq Scan'), statement.query).toEqual([]);
    }
  });
});
