import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  firstErrorOf,
  openTestDatabase,
  queryData,
  type Client,
  type SecurityDatabase,
} from './harness.js';

// How the gateway reaches this subgraph: `_entities` with representations of its own entities,
// and of the reference subgraph's entities that this subgraph extends with lists.

const entitiesQuery = (selection: string) =>
  `query ($reps: [_Any!]!) { _entities(representations: $reps) { ${selection} } }`;

type Entities<T> = { _entities: T[] };
type Ids = { totalCount: number; nodes: { id: string }[] };

describe.each(testDrivers())('entities on %s', (driver) => {
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

  it('resolves references to its own entities in one statement per type', async () => {
    const before = database.statements();
    const data = await queryData<Entities<unknown>>(
      client,
      entitiesQuery(`... on SecurityEvent { id date } ... on MilitaryFacility { id kind }`),
      {
        reps: [
          { __typename: 'SecurityEvent', id: '2023-08-30-darvaz-ansarullah-incursion' },
          { __typename: 'MilitaryFacility', id: 'vakhon-chinese-outpost' },
          { __typename: 'SecurityEvent', id: 'fixture-2022-05-kabul-drone-strike' },
          { __typename: 'SecurityEvent', id: 'no-such-event' },
          { __typename: 'MilitaryFacility', id: 'fixture-201st-base' },
        ],
      },
    );
    expect(data._entities).toEqual([
      { id: '2023-08-30-darvaz-ansarullah-incursion', date: '2023-08-30' },
      { id: 'vakhon-chinese-outpost', kind: 'OUTPOST' },
      { id: 'fixture-2022-05-kabul-drone-strike', date: '2022-05-01' },
      null,
      { id: 'fixture-201st-base', kind: 'BASE' },
    ]);
    expect(database.statements() - before).toBe(2);
  });

  it('gives Country its security events and the military facilities it hosts', async () => {
    const data = await queryData<Entities<{ code: string; securityEvents: Ids; militaryFacilities: Ids }>>(
      client,
      entitiesQuery(
        `... on Country { code securityEvents { totalCount nodes { id } } militaryFacilities { totalCount nodes { id } } }`,
      ),
      {
        reps: [
          { __typename: 'Country', code: 'AFG' },
          { __typename: 'Country', code: 'UZB' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        code: 'AFG',
        securityEvents: { totalCount: 1, nodes: [{ id: 'fixture-2022-05-kabul-drone-strike' }] },
        militaryFacilities: { totalCount: 1, nodes: [{ id: 'fixture-kabul-garrison' }] },
      },
      {
        code: 'UZB',
        securityEvents: { totalCount: 0, nodes: [] },
        militaryFacilities: { totalCount: 0, nodes: [] },
      },
    ]);
  });

  it("keeps the parent's key when the caller filters a contributed list, and takes the same arguments", async () => {
    const data = await queryData<Entities<{ securityEvents: Ids; militaryFacilities: Ids; other: Ids }>>(
      client,
      entitiesQuery(`... on Country {
        securityEvents(filter: { from: "2023-01-01", to: "2023-12-31" }, first: 2, orderBy: DATE_ASC) { totalCount nodes { id } }
        other: securityEvents(filter: { countries: ["AFG"] }) { totalCount nodes { id } }
        militaryFacilities(filter: { kinds: [BASE] }) { totalCount nodes { id } } }`),
      { reps: [{ __typename: 'Country', code: 'TJK' }] },
    );
    expect(data._entities).toEqual([
      {
        securityEvents: {
          totalCount: 3,
          nodes: [
            { id: 'fixture-2023-03-15-dushanbe-protest' },
            { id: '2023-08-30-darvaz-ansarullah-incursion' },
          ],
        },
        // TJK's events that are also in AFG: none; the filter narrows, it never widens.
        other: { totalCount: 0, nodes: [] },
        militaryFacilities: { totalCount: 1, nodes: [{ id: 'fixture-201st-base' }] },
      },
    ]);
  });

  it('gives Place the events that happened there', async () => {
    const data = await queryData<Entities<{ id: string; securityEvents: Ids }>>(
      client,
      entitiesQuery(`... on Place { id securityEvents { totalCount nodes { id } } }`),
      {
        reps: [
          { __typename: 'Place', id: 'vakhon' },
          { __typename: 'Place', id: 'darvaz-district' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        id: 'vakhon',
        securityEvents: { totalCount: 1, nodes: [{ id: 'fixture-2021-10-28-vakhon-outpost-approved' }] },
      },
      {
        id: 'darvaz-district',
        securityEvents: { totalCount: 1, nodes: [{ id: '2023-08-30-darvaz-ansarullah-incursion' }] },
      },
    ]);
  });

  it('gives Organization the events it took part in (any role) and the facilities it operates or finances', async () => {
    const data = await queryData<Entities<{ id: string; securityEvents: Ids; militaryFacilities: Ids }>>(
      client,
      entitiesQuery(
        `... on Organization { id securityEvents { totalCount nodes { id } } militaryFacilities { totalCount nodes { id } } }`,
      ),
      {
        reps: [
          { __typename: 'Organization', id: 'tajik-border-troops' },
          { __typename: 'Organization', id: 'pla' },
          { __typename: 'Organization', id: 'tajik-government' },
          { __typename: 'Organization', id: 'fixture-unknown-military' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        id: 'tajik-border-troops',
        securityEvents: {
          totalCount: 2,
          nodes: [{ id: 'fixture-2023-12-csto-exercise' }, { id: '2023-08-30-darvaz-ansarullah-incursion' }],
        },
        militaryFacilities: { totalCount: 0, nodes: [] },
      },
      {
        id: 'pla',
        securityEvents: { totalCount: 1, nodes: [{ id: 'fixture-2021-10-28-vakhon-outpost-approved' }] },
        militaryFacilities: { totalCount: 1, nodes: [{ id: 'vakhon-chinese-outpost' }] },
      },
      {
        id: 'tajik-government',
        securityEvents: { totalCount: 1, nodes: [{ id: 'fixture-2021-10-28-vakhon-outpost-approved' }] },
        militaryFacilities: { totalCount: 1, nodes: [{ id: 'ababil-2-drone-factory' }] },
      },
      {
        // Both operator and financier of the garrison: listed once.
        id: 'fixture-unknown-military',
        securityEvents: { totalCount: 1, nodes: [{ id: 'fixture-2022-05-kabul-drone-strike' }] },
        militaryFacilities: { totalCount: 1, nodes: [{ id: 'fixture-kabul-garrison' }] },
      },
    ]);
  });

  it('refuses bad arguments on contributed lists as on the top-level ones, naming them', async () => {
    const reps = [{ __typename: 'Country', code: 'TJK' }];
    expect(
      await firstErrorOf(
        client,
        entitiesQuery(
          `... on Country { securityEvents(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }`,
        ),
        {
          reps,
        },
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(
      await firstErrorOf(
        client,
        entitiesQuery(`... on Country { militaryFacilities(first: 101) { totalCount } }`),
        { reps },
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
    expect(
      await firstErrorOf(
        client,
        entitiesQuery(`... on Organization { securityEvents(first: 101) { totalCount } }`),
        {
          reps: [{ __typename: 'Organization', id: 'pla' }],
        },
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
