import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, firstErrorOf, nodeIds, openTestDatabase, queryData, type Client, type SecurityDatabase } from './harness.js';

// "Everything involving China": the lists' `involving` filter and each record's `involvement(of:)`.
// A country takes part where an event happened and through the state forces acting for it; an
// organisation as an actor, operator or financier. The fixtures' PLA acts in the Vakhon approval.

describe.each(testDrivers())('involving on %s', (driver) => {
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

  it('finds the events a country acts in through its forces, each saying the role', async () => {
    const data = await queryData<{ securityEvents: { nodes: unknown[] } }>(
      client,
      `query ($who: InvolvedEntity!) {
        securityEvents(filter: { involving: $who }) {
          nodes { id involvement(of: $who) { role organization { id } person { id } } }
        }
      }`,
      { who: { country: 'CHN' } },
    );
    expect(data.securityEvents.nodes).toEqual([
      {
        id: 'fixture-2021-10-28-vakhon-outpost-approved',
        involvement: [{ role: 'ASSOC_ACTOR1', organization: { id: 'pla' }, person: null }],
      },
    ]);
  });

  it('a country is also where its events happened, before its sides in the record', async () => {
    const { securityEvents } = await queryData<{ securityEvents: { nodes: { id: string; involvement: unknown[] }[] } }>(
      client,
      `{ securityEvents(filter: { involving: { country: "AFG" } }) { nodes { id involvement(of: { country: "AFG" }) { role organization { id } } } } }`,
    );
    expect(securityEvents.nodes).toEqual([
      { id: 'fixture-2022-05-kabul-drone-strike', involvement: [{ role: 'LOCATION', organization: null }] },
    ]);
    const tajik = await nodeIds(client, 'securityEvents(filter: { involving: { country: "TJK" } })');
    expect(tajik).toEqual(await nodeIds(client, 'securityEvents(filter: { countries: ["TJK"] })'));
  });

  it('an organisation in every role it plays, and combined with the other filter fields', async () => {
    const { securityEvents } = await queryData<{ securityEvents: { nodes: { id: string; involvement: { role: string }[] }[] } }>(
      client,
      `{ securityEvents(filter: { involving: { organization: "tajik-border-troops" } }) { nodes { id involvement(of: { organization: "tajik-border-troops" }) { role } } } }`,
    );
    expect(securityEvents.nodes).toEqual([
      { id: 'fixture-2023-12-csto-exercise', involvement: [{ role: 'ASSOC_ACTOR1' }] },
      { id: '2023-08-30-darvaz-ansarullah-incursion', involvement: [{ role: 'ACTOR1' }] },
    ]);
    expect(
      await nodeIds(client, 'securityEvents(filter: { involving: { organization: "tajik-border-troops" }, from: "2023-09-01" })'),
    ).toEqual(['fixture-2023-12-csto-exercise']);
  });

  it('a person takes part in no security event, and an event the entity is not in says so', async () => {
    expect(await nodeIds(client, 'securityEvents(filter: { involving: { person: "emomali-rahmon" } })')).toEqual([]);
    const { securityEvent } = await queryData<{ securityEvent: { involvement: unknown[] } }>(
      client,
      '{ securityEvent(id: "fixture-2022-05-kabul-drone-strike") { involvement(of: { country: "CHN" }) { role } } }',
    );
    expect(securityEvent.involvement).toEqual([]);
  });

  it('works in the lists contributed to countries, and in the facilities', async () => {
    const { _entities } = await queryData<{ _entities: { securityEvents: { nodes: { id: string }[] } }[] }>(
      client,
      `{ _entities(representations: [{ __typename: "Country", code: "TJK" }]) { ... on Country { securityEvents(filter: { involving: { country: "CHN" } }) { nodes { id } } } } }`,
    );
    expect(_entities[0]!.securityEvents.nodes.map((node) => node.id)).toEqual(['fixture-2021-10-28-vakhon-outpost-approved']);

    const { militaryFacilities } = await queryData<{ militaryFacilities: { nodes: unknown[] } }>(
      client,
      `{ militaryFacilities(filter: { involving: { organization: "pla" } }) { nodes { id involvement(of: { organization: "pla" }) { role organization { id } } } } }`,
    );
    expect(militaryFacilities.nodes).toEqual([
      { id: 'vakhon-chinese-outpost', involvement: [{ role: 'FINANCIER', organization: { id: 'pla' } }] },
    ]);
    const hosted = await nodeIds(client, 'militaryFacilities(filter: { involving: { country: "AFG" } })');
    expect(hosted).toEqual(['fixture-kabul-garrison']);
  });

  it("finds the facilities a country pays for through its government, by the organisations' countries", async () => {
    const { militaryFacilities } = await queryData<{ militaryFacilities: { nodes: unknown[] } }>(
      client,
      `{ militaryFacilities(filter: { involving: { country: "CHN" } }) { nodes { id organizationCountries { organization { id } country { code } } involvement(of: { country: "CHN" }) { role organization { id } } } } }`,
    );
    expect(militaryFacilities.nodes).toEqual([
      {
        id: 'vakhon-chinese-outpost',
        organizationCountries: [{ organization: { id: 'chinese-government' }, country: { code: 'CHN' } }],
        involvement: [{ role: 'FINANCIER', organization: { id: 'chinese-government' } }],
      },
    ]);
  });

  it.each([
    ['{}', 'filter.involving'],
    ['{ country: "CHN", organization: "pla" }', 'filter.involving'],
    ['{ organization: " " }', 'filter.involving.organization'],
    ['{ country: "China" }', 'filter.involving.country'],
  ])('refuses involving: %s, naming %s', async (input, argument) => {
    expect(await firstErrorOf(client, `{ securityEvents(filter: { involving: ${input} }) { nodes { id } } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument,
    });
  });

  it('refuses an involvement asked of nobody, naming `of`', async () => {
    expect(await firstErrorOf(client, '{ securityEvents { nodes { involvement(of: {}) { role } } } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'of',
    });
  });
});
