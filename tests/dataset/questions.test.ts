import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackDrivers } from '../kit/databases.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

// The questions the second pass of the dataset was made to answer, asked through the gateway of the
// whole graph loaded with the curated data: where sources disagree, what was only planned, which
// tolls are lower bounds, and which agreements a country's companies signed.
describe.each(stackDrivers())('questions the curated dataset answers, on %s', (driver) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(driver);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('finds where sources disagree, each claim with its own source, and says which one the record uses', async () => {
    type Claim = {
      field: string;
      value: string;
      used: boolean;
      reason: string | null;
      citation: { quote: string; source: { id: string; publisher: string } };
    };
    const { data, errors } = await stack.query<{
      militaryFacilities: { nodes: { id: string; costUsd: number | null; claims: Claim[] }[] };
      securityEvents: { nodes: { id: string; claims: Claim[] }[] };
    }>(`{
      militaryFacilities(filter: { disputed: true }, first: 100) {
        nodes { id costUsd claims { field value used reason citation { quote source { id publisher } } } }
      }
      securityEvents(filter: { disputed: true }, first: 100) {
        nodes { id claims { field value used reason citation { quote source { id publisher } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const outpost = data!.militaryFacilities.nodes.find((f) => f.id === 'vakhon-chinese-funded-outpost');
    const costs = outpost?.claims.filter((c) => c.field === 'costUsd') ?? [];
    expect(costs.map((c) => [c.value, c.used, c.citation.source.id])).toEqual([
      ['8500000', true, 'asia-times-china-tajik-outpost'],
      ['8600000', false, 'asian-lite-china-military-base-tajikistan'],
    ]);
    expect(outpost?.costUsd).toBe(8500000);
    expect(costs.every((c) => c.reason && c.citation.source.publisher)).toBe(true);
    // the base one article puts in Kulob and another at Shaymak in Murghab
    expect(data!.militaryFacilities.nodes.map((f) => f.id)).toEqual(
      expect.arrayContaining(['shaymak-chinese-military-base', 'kulob-chinese-military-base']),
    );
    const figures = await stack.query<{
      estimates: {
        nodes: { id: string; value: number; qualifier: string; low: number; high: number; claims: Claim[] }[];
      };
    }>(
      `{ estimates(filter: { disputed: true }) { nodes { id value qualifier low high claims { field value used reason citation { quote source { id publisher } } } } } }`,
    );
    expect(figures.errors).toBeUndefined();
    const border = figures.data!.estimates.nodes.find((e) => e.id === 'tajik-afghan-border-length');
    expect(border).toMatchObject({ value: 1300, qualifier: 'AT_LEAST', low: 1300, high: 1400 });
    expect(border?.claims.map((c) => [c.value, c.used, c.citation.source.id])).toEqual([
      ['1300', true, 'asia-times-china-tajik-outpost'],
      ['1400', false, 'india-narrative-tajikistan-taps-iran'],
    ]);
    const deployment = data!.securityEvents.nodes.find(
      (e) => e.id === '2021-07-badakhshan-taliban-deploys-ansarullah',
    );
    expect(deployment?.claims.filter((c) => c.field === 'date').map((c) => c.value)).toEqual([
      '2021-07',
      'after 2021-09',
    ]);
  });

  it('finds what was planned, scheduled or invited but is not reported done', async () => {
    const { data, errors } = await stack.query<{
      engagements: { nodes: { id: string; status: string; startDate: string }[] };
      securityEvents: { nodes: { id: string; status: string }[] };
    }>(`{
      engagements(filter: { statuses: [PLANNED, SCHEDULED, INVITED] }, first: 100) { nodes { id status startDate } }
      securityEvents(filter: { statuses: [PLANNED, SCHEDULED] }, first: 100) { nodes { id status } }
    }`);
    expect(errors).toBeUndefined();
    const engagements = new Map(data!.engagements.nodes.map((e) => [e.id, e.status]));
    expect(engagements.get('2021-10-rahmon-visits-belgium-france')).toBe('INVITED');
    expect(engagements.get('2023-04-rajnath-singh-shoigu-likely-meeting')).toBe('PLANNED');
    expect(engagements.get('2023-04-28-new-delhi-sco-defence-ministers-meeting')).toBe('SCHEDULED');
    expect(engagements.has('2021-08-26-macron-invites-rahmon')).toBe(false); // the invitation itself was made
    expect(data!.securityEvents.nodes).toContainEqual({
      id: '2021-08-05-tajikistan-russia-uzbekistan-joint-drills',
      status: 'SCHEDULED',
    });
  });

  it('tells a lower-bound toll from an exact one and an unknown one', async () => {
    const { data, errors } = await stack.query<{
      atLeast: { nodes: { id: string; fatalities: number; fatalitiesQualifier: string }[] };
      darvaz: {
        fatalities: number;
        fatalitiesQualifier: string;
        date: string;
        dateEnd: string;
        dateQualifier: string;
      };
      vanj: { fatalities: number | null; fatalitiesQualifier: string };
    }>(`{
      atLeast: securityEvents(filter: { fatalitiesQualifiers: [AT_LEAST] }) { nodes { id fatalities fatalitiesQualifier } }
      darvaz: securityEvent(id: "2023-08-30-darvaz-ansarullah-incursion") { fatalities fatalitiesQualifier date dateEnd dateQualifier }
      vanj: securityEvent(id: "2023-04-26-vanj-ansarullah-incursion") { fatalities fatalitiesQualifier }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.atLeast.nodes).toContainEqual({
      id: '2024-03-moscow-crocus-city-hall-attack',
      fatalities: 140,
      fatalitiesQualifier: 'AT_LEAST',
    });
    expect(data!.darvaz).toEqual({
      fatalities: 3,
      fatalitiesQualifier: 'EXACT',
      date: '2023-08-30',
      dateEnd: '2023-09-06',
      dateQualifier: 'WITHIN',
    });
    expect(data!.vanj).toEqual({ fatalities: null, fatalitiesQualifier: 'UNKNOWN' });
  });

  it("finds an agreement and a project through the home country of a party's or stakeholder's company", async () => {
    const { data, errors } = await stack.query<{
      agreements: {
        nodes: {
          id: string;
          parties: {
            country: { code: string } | null;
            organization: { id: string } | null;
            organizationCountry: { code: string } | null;
          }[];
        }[];
      };
      energyProjects: { nodes: { id: string }[] };
      organization: { id: string; country: { code: string } | null };
    }>(`{
      agreements(filter: { countries: ["ARE"] }, first: 100) {
        nodes { id parties { country { code } organization { id } organizationCountry { code } } }
      }
      energyProjects(filter: { countries: ["ARE"] }, first: 100) { nodes { id } }
      organization(id: "mw-energy") { id country { code } }
    }`);
    expect(errors).toBeUndefined();
    const mou = data!.agreements.nodes.find((a) => a.id === '2023-10-mw-energy-tajikistan-renewables-mou');
    // no party of the MoU is the UAE itself: it is found through MW Energy's home country
    expect(mou?.parties.some((p) => p.country?.code === 'ARE')).toBe(false);
    expect(mou?.parties).toContainEqual({
      country: null,
      organization: { id: 'mw-energy' },
      organizationCountry: { code: 'ARE' },
    });
    expect(data!.organization.country).toEqual({ code: 'ARE' });
    // Masdar's Uzbek projects involve the UAE only through Masdar
    expect(data!.energyProjects.nodes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['zarafshan-wind-farm', 'mw-energy-tajikistan-clean-energy-programme']),
    );
  });
});
