import { describe, expect, it } from 'vitest';
import { stackDrivers } from '../kit/databases.js';
import { sharedGraph } from '../kit/shared.js';

// The federated graph as its users see it: one request through the gateway, answered from all
// four subgraphs, on PGlite and on the real Postgres server.
describe.each(stackDrivers())('the federated graph on %s', (driver) => {
  const stack = sharedGraph(driver);

  it("answers the contract's example query with data from all four subgraphs", async () => {
    const { data, errors } = await stack.query<{
      country: {
        name: string;
        securityEvents: { totalCount: number; nodes: { date: string; title: string; fatalities: number | null; place: { name: string } | null; actors: { organization: { name: string } }[] }[] };
        agreements: { totalCount: number; nodes: { title: string; parties: { country: { name: string } | null; organization: { name: string } | null }[] }[] };
        energyProjects: { nodes: { name: string; capacityMw: number | null; status: string; stakeholders: { organization: { name: string }; role: string }[] }[] };
      };
    }>(`{
      country(code: "TJK") {
        name
        securityEvents(filter: { from: "2023-01-01", to: "2023-12-31" }) {
          totalCount
          nodes { date title fatalities place { name } actors { organization { name } } }
        }
        agreements { totalCount nodes { title parties { country { name } organization { name } } } }
        energyProjects { nodes { name capacityMw status stakeholders { organization { name } role } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const tajikistan = data!.country;
    expect(tajikistan.name).toBe('Tajikistan'); // reference

    const events = tajikistan.securityEvents; // security, with places and actors from reference
    expect(events.totalCount).toBe(events.nodes.length);
    expect(events.nodes.every((event) => event.date >= '2023-01-01' && event.date <= '2023-12-31')).toBe(true);
    const darvaz = events.nodes.find((event) => event.date === '2023-08-30' && event.fatalities === 3);
    expect(darvaz?.place?.name).toBe('Kevron');
    expect(darvaz?.actors.map((actor) => actor.organization.name)).toContain('Jamaat Ansarullah');

    const agreements = tajikistan.agreements; // diplomacy
    expect(agreements.totalCount).toBeGreaterThanOrEqual(4);
    const partyCountries = agreements.nodes.flatMap((a) => a.parties.map((p) => p.country?.name));
    const partyOrganizations = agreements.nodes.flatMap((a) => a.parties.map((p) => p.organization?.name));
    expect(partyCountries).toEqual(expect.arrayContaining(['United Arab Emirates', 'Iran']));
    expect(partyOrganizations).toContain('MW Energy');

    const projects = tajikistan.energyProjects.nodes; // energy
    const casa = projects.find((project) => project.name === 'CASA-1000');
    expect(casa).toMatchObject({ capacityMw: 1300, status: 'CONSTRUCTION' });
    expect(casa?.stakeholders).toContainEqual({ organization: { name: 'World Bank' }, role: 'FINANCIER' });
  });

  it('answers what happened in Gorno-Badakhshan in 2023, with fatalities and sources', async () => {
    const { data, errors } = await stack.query<{
      places: { nodes: { name: string; securityEvents: { nodes: { id: string; fatalities: number | null; citations: { quote: string; source: { publisher: string } }[] }[] } }[] };
    }>(`{
      places(filter: { admin1: "Gorno-Badakhshan" }, first: 100) {
        nodes {
          name
          securityEvents(filter: { from: "2023-01-01", to: "2023-12-31" }) {
            nodes { id fatalities citations { quote source { publisher } } }
          }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const events = data!.places.nodes.flatMap((place) => place.securityEvents.nodes);
    expect(events.map((event) => event.id)).toEqual(
      expect.arrayContaining(['2023-08-30-darvaz-ansarullah-incursion', '2023-04-26-vanj-ansarullah-incursion']),
    );
    for (const event of events) expect(event.citations.length).toBeGreaterThan(0);
    expect(events.find((event) => event.id === '2023-08-30-darvaz-ansarullah-incursion')?.citations[0]?.source.publisher).toBeTruthy();
  });

  it('finds every agreement the UAE and Tajikistan are both party to', async () => {
    const { data, errors } = await stack.query<{ country: { agreements: { nodes: { id: string; status: string }[] } } }>(`{
      country(code: "ARE") { agreements(filter: { countries: ["TJK"] }) { nodes { id status } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.country.agreements.nodes.map((a) => a.id).sort()).toEqual([
      '2023-05-uae-tajikistan-air-services-agreement',
      '2023-05-uae-tajikistan-air-transport-mou',
      // A party through its company: MW Energy is an Emirati company.
      '2023-10-mw-energy-tajikistan-renewables-mou',
    ]);
  });

  it('gives the capacity CASA-1000 delivers to each offtaker country', async () => {
    const { data, errors } = await stack.query<{ energyProject: { countries: { country: { name: string }; role: string; capacityMw: number | null }[] } }>(`{
      energyProject(id: "casa-1000") { countries { country { name } role capacityMw } }
    }`);
    expect(errors).toBeUndefined();
    const offtakers = data!.energyProject.countries.filter((c) => c.role === 'OFFTAKER');
    expect(offtakers).toEqual(
      expect.arrayContaining([
        { country: { name: 'Pakistan' }, role: 'OFFTAKER', capacityMw: 1000 },
        { country: { name: 'Afghanistan' }, role: 'OFFTAKER', capacityMw: 300 },
      ]),
    );
  });

  it('finds every record that involves Jamaat Ansarullah, across the domains', async () => {
    const { data, errors } = await stack.query<{
      organization: { name: string; aliases: string[]; securityEvents: { totalCount: number }; engagements: { totalCount: number }; agreements: { totalCount: number }; energyProjects: { totalCount: number } };
    }>(`{
      organization(id: "jamaat-ansarullah") {
        name aliases
        securityEvents(first: 100) { totalCount }
        engagements { totalCount }
        agreements { totalCount }
        energyProjects { totalCount }
      }
    }`);
    expect(errors).toBeUndefined();
    const group = data!.organization;
    expect(group.aliases).toEqual(expect.arrayContaining(['Ansarullah']));
    expect(group.securityEvents.totalCount).toBeGreaterThanOrEqual(3);
    expect(group.agreements.totalCount).toBe(0);
    expect(group.energyProjects.totalCount).toBe(0);
  });

  it('costs the same number of SQL statements in each subgraph for 1 event as for all of them', async () => {
    const query = (first: number) => `{
      securityEvents(first: ${first}) {
        nodes { title place { name country { name } } actors { organization { name } role } citations { quote source { title } } }
      }
    }`;
    // The statements the resolvers sent: each subgraph request also reads the data generation
    // once for the response cache, a fixed cost per request that is counted apart.
    const resolverStatements = async (name: 'security' | 'reference') =>
      (await stack.metric(name, 'pamir_sql_statements_total')) - (await stack.metric(name, 'pamir_response_cache_lookups_total'));
    const statementsFor = async (first: number) => {
      const before = { security: await resolverStatements('security'), reference: await resolverStatements('reference') };
      const { data, errors } = await stack.query<{ securityEvents: { nodes: unknown[] } }>(query(first));
      expect(errors).toBeUndefined();
      return {
        rows: data!.securityEvents.nodes.length,
        security: (await resolverStatements('security')) - before.security,
        reference: (await resolverStatements('reference')) - before.reference,
      };
    };
    const one = await statementsFor(1);
    const all = await statementsFor(100);
    expect(one.rows).toBe(1);
    expect(all.rows).toBeGreaterThan(20);
    expect(all.security).toBe(one.security);
    expect(all.reference).toBe(one.reference);
    // security: the page, its actors, its citations; reference: places, organisations, sources, countries
    expect(all.security).toBeLessThanOrEqual(3);
    expect(all.reference).toBeLessThanOrEqual(4);
  });
});
