import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, type DatabaseHandle } from '@pamir/db';
import { createTestDatabase, testDrivers } from '@pamir/db/testing';
import { subgraphClient } from '@pamir/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe.each(testDrivers())('reference subgraph on %s', (driver) => {
  let database: DatabaseHandle<typeof schema>;
  let client: Awaited<ReturnType<typeof subgraphClient>>;

  beforeAll(async () => {
    database = await createTestDatabase(driver, {
      service: 'reference',
      schema,
      migrationsFolder,
      seed: async (handle) => {
        await loadCuratedData(handle.db, fixtures);
      },
    });
    client = await subgraphClient(graphSchema, () => createContext(database.db));
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });

  it('looks a country up by code, with its citations and their sources', async () => {
    const { data, errors } = await client.query(
      `{ country(code: "TJK") { code isoNumeric name citations { quote source { title publisher } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      country: {
        code: 'TJK',
        isoNumeric: '762',
        name: 'Tajikistan',
        citations: [{ quote: 'Tajikistan', source: { title: 'Tajik forces kill three militants', publisher: 'Amu TV' } }],
      },
    });
  });

  it('gives null for an unknown id and BAD_USER_INPUT naming the argument for an empty one', async () => {
    expect((await client.query(`{ place(id: "nowhere") { id } }`)).data).toEqual({ place: null });
    const { errors } = await client.query(`{ place(id: "") { id } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages places by name with cursors, counting all matches', async () => {
    const first = await client.query(`{ places(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    const page = (first.data as { places: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).places;
    expect(page.totalCount).toBe(4);
    expect(page.nodes.map((node) => node.id)).toEqual(['darvaz-district', 'dushanbe']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await client.query(`query ($after: String) { places(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, {
      after: page.pageInfo.endCursor,
    });
    expect(second.data).toEqual({ places: { nodes: [{ id: 'kabul' }, { id: 'vakhon' }], pageInfo: { hasNextPage: false } } });
  });

  it('refuses page sizes outside 0..100 and cursors it did not give out', async () => {
    for (const first of [101, -1]) {
      const { errors } = await client.query(`query ($first: Int) { places(first: $first) { totalCount } }`, { first });
      expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    const { errors } = await client.query(`{ places(after: "not-a-cursor") { totalCount } }`);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('filters places by country, province and kind, and searches names and aliases case-insensitively', async () => {
    const ids = async (filter: string) =>
      ((await client.query(`{ places(filter: ${filter}) { nodes { id } } }`)).data as { places: { nodes: { id: string }[] } }).places.nodes.map((n) => n.id);
    expect(await ids(`{ countries: ["AFG"] }`)).toEqual(['kabul']);
    expect(await ids(`{ admin1: "gorno-badakhshan" }`)).toEqual(['darvaz-district', 'vakhon']);
    expect(await ids(`{ admin1: "Gorno-Badakhshan", kinds: [DISTRICT] }`)).toEqual(['darvaz-district']);
    expect(await ids(`{ search: "WAKH" }`)).toEqual(['vakhon']);
    expect(await ids(`{ search: "%" }`)).toEqual([]);
  });

  it('finds organisations by alias and people by the organisations they served', async () => {
    const { data } = await client.query(`{
      organizations(filter: { search: "tajik taliban" }) { nodes { id kind } }
      people(filter: { organizations: ["tajik-border-troops"] }) { nodes { id roles { title organization { name } from to } } }
    }`);
    expect(data).toEqual({
      organizations: { nodes: [{ id: 'jamaat-ansarullah', kind: 'NON_STATE_ARMED_GROUP' }] },
      people: {
        nodes: [
          {
            id: 'fixture-commander',
            roles: [{ title: 'Commander', organization: { name: 'Border Troops of Tajikistan' }, from: '2020-01-01', to: '2022-12-31' }],
          },
        ],
      },
    });
  });

  it('looks places, organisations and countries up by exact name or alias, for importers', async () => {
    const { data, errors } = await client.query(
      `query ($places: [PlaceNameInput!]!, $names: [String!]!, $codes: [String!]!) {
        placesNamed(names: $places) { id }
        organizationsNamed(names: $names) { id }
        countriesByIsoNumeric(codes: $codes) { code }
      }`,
      {
        places: [
          { name: 'darvoz', country: 'TJK' },
          { name: ' DARVAZ ', country: 'tjk' },
          { name: 'Darvaz', country: 'AFG' },
          { name: 'Darv', country: 'TJK' },
          { name: 'Kabul', country: 'AFG' },
        ],
        names: ['tajik taliban', 'PLA', 'People', 'Border Troops of Tajikistan'],
        codes: ['762', '4', '999'],
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      // An alias and the name, case and spaces aside; the country counts; a part of a name does not.
      placesNamed: [{ id: 'darvaz-district' }, { id: 'darvaz-district' }, null, null, { id: 'kabul' }],
      organizationsNamed: [{ id: 'jamaat-ansarullah' }, { id: 'pla' }, null, { id: 'tajik-border-troops' }],
      countriesByIsoNumeric: [{ code: 'TJK' }, { code: 'AFG' }, null],
    });
  });

  it('refuses a lookup of more than 1000 names, naming the argument', async () => {
    const names = Array.from({ length: 1001 }, (_, i) => `name ${i}`);
    const { errors } = await client.query(`query ($names: [String!]!) { organizationsNamed(names: $names) { id } }`, { names });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'names' });
  });

  it('resolves entity references from other subgraphs in one statement per type', async () => {
    const before = database.statements();
    const { data, errors } = await client.query(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Place { id country { code } } ... on Organization { id } } }`,
      {
        reps: [
          { __typename: 'Place', id: 'darvaz-district' },
          { __typename: 'Place', id: 'vakhon' },
          { __typename: 'Place', id: 'kabul' },
          { __typename: 'Organization', id: 'pla' },
          { __typename: 'Organization', id: 'jamaat-ansarullah' },
          { __typename: 'Place', id: 'unknown-place' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect((data as { _entities: unknown[] })._entities).toEqual([
      { id: 'darvaz-district', country: { code: 'TJK' } },
      { id: 'vakhon', country: { code: 'TJK' } },
      { id: 'kabul', country: { code: 'AFG' } },
      { id: 'pla' },
      { id: 'jamaat-ansarullah' },
      null,
    ]);
    // places, organisations, countries: one statement each
    expect(database.statements() - before).toBe(3);
  });

  it('gives estimates with their range and qualifier, and the claims of disputed ones side by side', async () => {
    const answer = await client.query(`{
      estimates { totalCount nodes { id value qualifier low high } }
      disputed: estimates(filter: { disputed: true }) { nodes { id claims { value used citation { source { id } } } } }
      undisputed: estimates(filter: { disputed: false, countries: ["AFG"] }) { nodes { id } }
      organization(id: "jamaat-ansarullah") { claims { field value used reason } }
    }`);
    const data = answer.data as {
      estimates: { totalCount: number; nodes: { id: string; value: number; qualifier: string; low: number; high: number }[] };
      disputed: { nodes: { id: string; claims: { value: string; used: boolean; citation: { source: { id: string } } }[] }[] };
      undisputed: { nodes: { id: string }[] };
      organization: { claims: { field: string; value: string; used: boolean; reason: string }[] };
    };
    expect(data.estimates.totalCount).toBe(2);
    expect(data.estimates.nodes[0]).toEqual({ id: 'fixture-foreign-fighters', value: 8000, qualifier: 'ABOUT', low: 8000, high: 10000 });
    expect(data.disputed.nodes).toEqual([
      {
        id: 'fixture-border-length',
        claims: [
          { value: '1300', used: true, citation: { source: { id: 'fixture-asia-times' } } },
          { value: '1400', used: false, citation: { source: { id: 'fixture-amu-tv' } } },
        ],
      },
    ]);
    expect(data.undisputed.nodes).toEqual([{ id: 'fixture-foreign-fighters' }]);
    expect(data.organization.claims).toEqual([
      { field: 'founded', value: '2009-2010', used: false, reason: 'the record keeps no founding date' },
    ]);
  });

  it('loads curated data idempotently: a second load with the same files changes nothing', async () => {
    const count = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.places))[0]?.n;
    const before = await count();
    expect(await loadCuratedData(database.db, fixtures)).toBe('unchanged');
    expect(await count()).toBe(before);
  });

  it('refuses an invalid data file naming the file, the record and the reason', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-reference-'));
    await cp(fixtures, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'places.json'),
      JSON.stringify([{ id: 'Bad Id', name: 'x', kind: 'DISTRICT', country: 'TJK', citations: [] }]),
    );
    const error = await loadCuratedData(database.db, `${dir}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(/places\.json: record 0 \(id "Bad Id"\): id: must be a lowercase slug.*citations: every record cites/);
  });

  it('rolls back the whole load when the database refuses a record', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-reference-'));
    await cp(fixtures, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'countries.json'),
      JSON.stringify([{ code: 'UZB', isoNumeric: '860', name: 'Uzbekistan', citations: [{ source: 'fixture-amu-tv', quote: 'Uzbekistan' }] }]),
    );
    // places.json still names TJK and AFG, which this load does not define: fine, they exist; add one that cannot.
    await writeFile(
      path.join(dir, 'organizations.json'),
      JSON.stringify([{ id: 'orphan', name: 'Orphan', kind: 'OTHER', country: 'XXX', citations: [{ source: 'fixture-amu-tv', quote: 'x' }] }]),
    );
    await expect(loadCuratedData(database.db, `${dir}/`)).rejects.toThrow();
    const uzbekistan = await database.db.select().from(schema.countries).where(sql`${schema.countries.code} = 'UZB'`);
    expect(uzbekistan).toEqual([]);
  });

  it('has the database itself refuse a role that ends before it starts', async () => {
    await expect(
      database.db.insert(schema.personRoles).values({ personId: 'emomali-rahmon', position: 9, title: 'x', from: '2020-01-02', to: '2020-01-01' }),
    ).rejects.toThrow();
  });
});
