import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stackDrivers } from '../kit/databases.js';
import { sharedGraph } from '../kit/shared.js';

// "Everything involving China" through the gateway, over the curated dataset: every list takes the
// same `involving` filter, and every record says how the entity takes part. The sources record no
// agreement China is party to and no energy project it finances; the UAE shows those roles.

interface Involvement {
  role: string;
  organization: { id: string } | null;
  person: { id: string } | null;
}
type List = { totalCount: number; nodes: { id: string; involvement: Involvement[] }[] };
interface Everything {
  securityEvents: List;
  militaryFacilities: List;
  agreements: List;
  engagements: List;
  energyProjects: List;
}

const roles = 'involvement(of: $who) { role organization { id } person { id } }';
const everything = `query ($who: InvolvedEntity!) {
  securityEvents(filter: { involving: $who }, first: 100) { totalCount nodes { id ${roles} } }
  militaryFacilities(filter: { involving: $who }, first: 100) { totalCount nodes { id ${roles} } }
  agreements(filter: { involving: $who }, first: 100) { totalCount nodes { id ${roles} } }
  engagements(filter: { involving: $who }, first: 100) { totalCount nodes { id ${roles} } }
  energyProjects(filter: { involving: $who }, first: 100) { totalCount nodes { id ${roles} } }
}`;

/** Each record's id with its roles, as `role` or `role through organisation/person`. */
function rolesById(list: List): Record<string, string[]> {
  return Object.fromEntries(
    list.nodes.map((node) => [
      node.id,
      node.involvement.map((part) => [part.role, part.organization?.id, part.person?.id].filter(Boolean).join(' ')),
    ]),
  );
}

describe.each(stackDrivers())('involving through the gateway on %s', (driver) => {
  const stack = sharedGraph(driver);
  const ask = async (who: Record<string, string>) => {
    const { data, errors } = await stack.query<Everything>(everything, { who });
    expect(errors).toBeUndefined();
    return data!;
  };

  it('China: the events its forces act in, the facilities it runs or pays for, the engagements it takes part in', async () => {
    const china = await ask({ country: 'CHN' });
    expect(rolesById(china.securityEvents)).toEqual({
      '2021-08-tajikistan-china-joint-counterterrorism-exercise': ['ACTOR1 china-armed-forces'],
      '2015-gbao-chinese-border-guards-wakhan': ['ACTOR1 china-armed-forces'],
      '2006-tajikistan-china-first-joint-counterterrorism-exercise': ['ACTOR1 china-armed-forces'],
    });
    // Newest first.
    expect(china.securityEvents.nodes.map((node) => node.id)[0]).toBe('2021-08-tajikistan-china-joint-counterterrorism-exercise');
    expect(rolesById(china.militaryFacilities)).toEqual({
      'kulob-chinese-military-base': ['OPERATOR china-government', 'FINANCIER china-government'],
      'shaymak-chinese-military-base': ['OPERATOR china-armed-forces'],
      'vakhon-chinese-funded-outpost': ['FINANCIER china-government'],
    });
    const engagements = rolesById(china.engagements);
    expect(Object.keys(engagements)).toHaveLength(7);
    expect(engagements['2021-07-28-wang-yi-hosts-taliban-delegation']).toEqual(['HOST wang-yi']);
    expect(engagements['2021-10-rahmon-communique-chinese-embassy']).toEqual(['PARTICIPANT china-government']);
    expect(engagements['2023-04-27-li-shangfu-visit-new-delhi']).toEqual(['GUEST li-shangfu']);
    expect(china.agreements.totalCount).toBe(0);
    expect(china.energyProjects.totalCount).toBe(0);
  });

  it('the UAE: the agreements it and its bodies are party to, the projects its companies sponsor, develop or own', async () => {
    const uae = await ask({ country: 'ARE' });
    expect(rolesById(uae.agreements)).toEqual({
      '2023-10-mw-energy-tajikistan-renewables-mou': ['PARTY mw-energy'],
      '2023-05-uae-tajikistan-air-services-agreement': ['PARTY uae-general-civil-aviation-authority'],
      '2023-05-uae-tajikistan-air-transport-mou': ['PARTY uae-general-civil-aviation-authority'],
    });
    const projects = rolesById(uae.energyProjects);
    expect(projects['mw-energy-tajikistan-clean-energy-programme']).toEqual([
      'SPONSOR masdar',
      'SPONSOR w-solar-investment',
      'DEVELOPER mw-energy',
    ]);
    expect(projects['nur-navoi-solar']).toEqual(['OWNER masdar']);
    // Every record the filter finds says how; none it leaves out would.
    for (const list of Object.values(uae)) {
      for (const node of (list as List).nodes) expect(node.involvement.length, node.id).toBeGreaterThan(0);
    }
  });

  it('a person: the engagements Wang Yi took part in, and nothing in security or energy', async () => {
    const wang = await ask({ person: 'wang-yi' });
    expect(rolesById(wang.engagements)).toMatchObject({ '2021-07-28-wang-yi-hosts-taliban-delegation': ['HOST wang-yi'] });
    expect(wang.securityEvents.totalCount + wang.militaryFacilities.totalCount + wang.energyProjects.totalCount).toBe(0);
  });

  it('the IDE example asks it of China and finds the same records', async () => {
    const example = readFileSync(new URL('../../apps/web/queries/17-everything-involving-china.graphql', import.meta.url), 'utf8');
    const { data, errors } = await stack.query<Record<keyof Everything, { totalCount: number }>>(example);
    expect(errors).toBeUndefined();
    const china = await ask({ country: 'CHN' });
    for (const [field, list] of Object.entries(data!)) {
      expect(list.totalCount, field).toBe(china[field as keyof Everything].totalCount);
    }
  });

  it('bad input comes back from the subgraph that owns the list, naming the argument', async () => {
    const { data, errors } = await stack.query<{ securityEvents: unknown; agreements: unknown }>(
      '{ securityEvents(filter: { involving: { country: "China" } }) { totalCount } agreements(filter: { involving: {} }) { totalCount } }',
    );
    expect(data?.securityEvents ?? null).toBeNull();
    const byPath = Object.fromEntries((errors ?? []).map((error) => [String(error.path?.[0]), error.extensions]));
    expect(byPath['securityEvents']).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.involving.country' });
    expect(byPath['agreements']).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.involving' });
  });
});
