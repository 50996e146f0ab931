import type { RecordType } from '@pamir/server';
import { subEventTypesByEventType } from '@pamir/security/taxonomy';

// Synthetic records for load tests: seeded (same seed and counts → same records), valid for each
// record type's own input schema, and naming only each other, the curated countries and the
// synthetic reference entities made alongside them. Every id starts with `synthetic-`.

export const syntheticPrefix = 'synthetic-';

/** How many of each record to make; what is not given follows from the three main counts. */
export interface SyntheticCounts {
  events: number;
  agreements: number;
  projects: number;
  engagements: number;
  facilities: number;
  targets: number;
  places: number;
  organizations: number;
  people: number;
  sources: number;
}

/** The counts for the main three, with the rest in proportion (about one place per 50 events). */
export function syntheticCounts(
  main: { events: number; agreements: number; projects: number } & Partial<SyntheticCounts>,
): SyntheticCounts {
  const { events, agreements, projects } = main;
  const atLeast = (minimum: number, value: number) => Math.max(minimum, Math.ceil(value));
  return {
    engagements: atLeast(1, agreements / 2),
    facilities: atLeast(1, events / 1000),
    targets: atLeast(1, projects / 10),
    places: atLeast(5, (events + agreements + projects) / 50),
    organizations: atLeast(5, events / 100 + agreements / 20 + projects / 10),
    people: atLeast(5, agreements / 5),
    sources: atLeast(5, (events + agreements + projects) / 100),
    ...main,
  };
}

/** The record types by GraphQL type name, from the subgraphs: the generator reads its enums from their inputs. */
export type RecordTypes = ReadonlyMap<string, RecordType>;

/** A small, fast, seeded generator (mulberry32) with the helpers the records need. */
export class Random {
  private state: number;
  constructor(seed: string) {
    // FNV-1a of the seed text: any text is a seed.
    let hash = 2166136261;
    for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    this.state = hash >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** `n` distinct items (fewer when there are fewer). */
  distinct<T>(items: readonly T[], n: number): T[] {
    const picked = new Set<number>();
    const count = Math.min(n, items.length);
    while (picked.size < count) picked.add(this.int(items.length));
    return [...picked].map((index) => items[index]!);
  }
}

/** `synthetic-<kind>-000042`: ids sort in the order they were made. */
export const syntheticId = (kind: string, index: number) =>
  `${syntheticPrefix}${kind}-${String(index + 1).padStart(6, '0')}`;

/** The values of the enum at a path of a zod object (`participants.*.role`), read from the schema itself. */
export function enumAt(schema: unknown, path: string): string[] {
  let node = unwrap(schema);
  for (const step of path.split('.')) {
    const def = (node as { _zod: { def: { element?: unknown; shape?: Record<string, unknown> } } })._zod.def;
    node = unwrap(step === '*' ? def.element : def.shape?.[step]);
  }
  const def = (node as { _zod?: { def: { type: string; entries?: Record<string, string> } } } | undefined)
    ?._zod?.def;
  if (def?.type !== 'enum' || !def.entries) throw new Error(`no enum at ${path}`);
  return Object.values(def.entries);
}

function unwrap(node: unknown): unknown {
  let current = node as { _zod: { def: { type: string; innerType?: unknown } } } | undefined;
  while (
    current &&
    ['default', 'optional', 'nullable', 'prefault', 'readonly', 'catch'].includes(current._zod.def.type)
  ) {
    current = current._zod.def.innerType as typeof current;
  }
  return current;
}

const day = 86_400_000;
const start = Date.UTC(2015, 0, 1);
/** A date in 2015–2025, `offset` days after it (when given). */
function isoDate(random: Random, after?: string, withinDays = 4000): string {
  const from = after ? Date.parse(after) : start;
  return new Date(from + random.int(withinDays + 1) * day).toISOString().slice(0, 10);
}

function citations(random: Random, sources: readonly string[], what: string) {
  return random.distinct(sources, random.chance(0.3) ? 2 : 1).map((source) => ({
    source,
    quote: `Synthetic text for ${what}, made up for load tests; it quotes nothing real.`,
    note: null,
  }));
}

/** The reference entities the domain records name: places, organisations, people, source documents. */
export function referenceRecords(
  types: RecordTypes,
  counts: SyntheticCounts,
  countries: readonly string[],
  seed: string,
) {
  const random = new Random(`${seed}:reference`);
  const sourceIds = Array.from({ length: counts.sources }, (_, i) => syntheticId('source', i));
  const sources = sourceIds.map((id, i) => ({
    id,
    title: `Synthetic source document ${i + 1} (generated for load tests, not a real source)`,
    publisher: 'Pamir synthetic data (not a real publisher)',
    publishedOn: isoDate(random),
    datePrecision: 'DAY',
  }));
  const placeType = types.get('Place')!.input;
  const places = Array.from({ length: counts.places }, (_, i) => ({
    id: syntheticId('place', i),
    name: `Synthetic Place ${i + 1}`,
    aliases: [],
    kind: random.pick(enumAt(placeType, 'kind')),
    country: random.chance(0.6)
      ? countries.includes('TJK')
        ? 'TJK'
        : random.pick(countries)
      : random.pick(countries),
    admin1: `Synthetic Province ${random.between(1, 20)}`,
    location: { latitude: 35 + random.next() * 7, longitude: 60 + random.next() * 20 },
    precision: random.pick(enumAt(placeType, 'precision')),
    citations: citations(random, sourceIds, 'a place'),
  }));
  const organizationType = types.get('Organization')!.input;
  const organizations = Array.from({ length: counts.organizations }, (_, i) => ({
    id: syntheticId('organization', i),
    name: `Synthetic Organisation ${i + 1}`,
    aliases: [],
    kind: random.pick(enumAt(organizationType, 'kind')),
    country: random.chance(0.8) ? random.pick(countries) : null,
    citations: citations(random, sourceIds, 'an organisation'),
  }));
  const people = Array.from({ length: counts.people }, (_, i) => {
    const from = isoDate(random);
    return {
      id: syntheticId('person', i),
      name: `Synthetic Person ${i + 1}`,
      aliases: [],
      roles: [
        {
          title: 'Synthetic envoy',
          organization: random.chance(0.5) ? random.pick(organizations).id : null,
          country: random.pick(countries),
          from,
          to: random.chance(0.5) ? isoDate(random, from, 2000) : null,
        },
      ],
      citations: citations(random, sourceIds, 'a person'),
    };
  });
  return { sources, places, organizations, people };
}

export type ReferenceRecords = ReturnType<typeof referenceRecords>;

/** The energy subgraph's records: projects (countries, stakeholders, milestones) and targets. */
export function energyRecords(
  types: RecordTypes,
  counts: SyntheticCounts,
  countries: readonly string[],
  refs: ReferenceRecords,
  seed: string,
) {
  const random = new Random(`${seed}:energy`);
  const sourceIds = refs.sources.map((source) => source.id);
  const projectType = types.get('EnergyProject')!.input;
  const projects = Array.from({ length: counts.projects }, (_, i) => {
    const capacityMw = random.between(1, 3000);
    const first = isoDate(random);
    return {
      id: syntheticId('project', i),
      name: `Synthetic Energy Project ${i + 1}`,
      aliases: [],
      summary: 'A made-up project for load tests.',
      kind: random.pick(enumAt(projectType, 'kind')),
      technologies: random.distinct(enumAt(projectType, 'technologies.*'), random.between(1, 2)),
      status: random.pick(enumAt(projectType, 'status')),
      capacityMw,
      capacityQualifier: 'ABOUT',
      countries: random.distinct(countries, random.between(1, 2)).map((country) => ({
        country,
        role: random.pick(enumAt(projectType, 'countries.*.role')),
        capacityMw: null,
      })),
      stakeholders: random.distinct(refs.organizations, random.between(1, 3)).map((organization) => ({
        organization: organization.id,
        organizationCountry: organization.country,
        role: random.pick(enumAt(projectType, 'stakeholders.*.role')),
      })),
      place: random.chance(0.8) ? random.pick(refs.places).id : null,
      milestones: Array.from({ length: random.between(1, 3) }, (_, m) => ({
        date: isoDate(random, first, 365 * (m + 1)),
        datePrecision: 'MONTH',
        description: `Synthetic milestone ${m + 1}`,
        citations: citations(random, sourceIds, 'a milestone'),
      })),
      citations: citations(random, sourceIds, 'an energy project'),
    };
  });
  const targets = Array.from({ length: counts.targets }, (_, i) => ({
    id: syntheticId('target', i),
    country: random.pick(countries),
    technologies: random.distinct(enumAt(types.get('EnergyTarget')!.input, 'technologies.*'), 1),
    capacityMw: random.between(100, 10_000),
    byYear: random.between(2026, 2050),
    description: 'A made-up target for load tests.',
    citations: citations(random, sourceIds, 'an energy target'),
  }));
  return { projects, targets };
}

const cameoCodes = ['036', '040', '042', '043', '046', '051', '057', '061'];

/** The diplomacy subgraph's records: engagements, then agreements (which may name one). */
export function diplomacyRecords(
  types: RecordTypes,
  counts: SyntheticCounts,
  countries: readonly string[],
  refs: ReferenceRecords,
  projectIds: readonly string[],
  seed: string,
) {
  const random = new Random(`${seed}:diplomacy`);
  const sourceIds = refs.sources.map((source) => source.id);
  const engagementType = types.get('DiplomaticEngagement')!.input;
  const engagements = Array.from({ length: counts.engagements }, (_, i) => {
    const startDate = isoDate(random);
    return {
      id: syntheticId('engagement', i),
      title: `Synthetic engagement ${i + 1}`,
      summary: null,
      kind: random.pick(enumAt(engagementType, 'kind')),
      cameoCode: random.pick(cameoCodes),
      startDate,
      endDate: random.chance(0.4) ? isoDate(random, startDate, 3) : null,
      datePrecision: 'DAY',
      place: random.chance(0.7) ? random.pick(refs.places).id : null,
      participants: [
        ...random
          .distinct(countries, 2)
          .map((country) => ({ country, role: random.pick(enumAt(engagementType, 'participants.*.role')) })),
        ...(random.chance(0.5)
          ? [
              {
                person: random.pick(refs.people).id,
                role: random.pick(enumAt(engagementType, 'participants.*.role')),
              },
            ]
          : []),
      ],
      citations: citations(random, sourceIds, 'an engagement'),
    };
  });
  const agreementType = types.get('Agreement')!.input;
  const agreements = Array.from({ length: counts.agreements }, (_, i) => {
    const signedOn = isoDate(random);
    const organization = random.chance(0.3) ? random.pick(refs.organizations) : undefined;
    return {
      id: syntheticId('agreement', i),
      title: `Synthetic agreement ${i + 1}`,
      summary: null,
      instrumentType: random.pick(enumAt(agreementType, 'instrumentType')),
      form: random.pick(enumAt(agreementType, 'form')),
      status: random.pick(enumAt(agreementType, 'status')),
      signedOn,
      datePrecision: 'DAY',
      enteredIntoForceOn: random.chance(0.5) ? isoDate(random, signedOn, 400) : null,
      place: random.chance(0.7) ? random.pick(refs.places).id : null,
      parties: [
        ...random
          .distinct(countries, 2)
          .map((country) => ({
            country,
            signatory: random.chance(0.5) ? random.pick(refs.people).id : null,
          })),
        ...(organization
          ? [{ organization: organization.id, organizationCountry: organization.country }]
          : []),
      ],
      witnesses: random.chance(0.3) ? random.distinct(refs.people, 1).map((person) => person.id) : [],
      subjects: random.distinct(enumAt(agreementType, 'subjects.*'), random.between(1, 2)),
      energyProjects:
        projectIds.length && random.chance(0.3) ? random.distinct(projectIds, random.between(1, 2)) : [],
      engagement: engagements.length && random.chance(0.5) ? random.pick(engagements).id : null,
      citations: citations(random, sourceIds, 'an agreement'),
    };
  });
  return { engagements, agreements };
}

const eventCombinations = Object.entries(subEventTypesByEventType).flatMap(([eventType, subs]) =>
  subs.map((subEventType) => ({
    eventType,
    subEventType,
    disorderType:
      eventType === 'STRATEGIC_DEVELOPMENTS'
        ? 'STRATEGIC_DEVELOPMENTS'
        : eventType === 'PROTESTS' || eventType === 'RIOTS'
          ? 'DEMONSTRATIONS'
          : 'POLITICAL_VIOLENCE',
  })),
);

/** The security subgraph's military facilities (few, all at once). */
export function facilityRecords(
  types: RecordTypes,
  counts: SyntheticCounts,
  countries: readonly string[],
  refs: ReferenceRecords,
  seed: string,
) {
  const random = new Random(`${seed}:facilities`);
  const sourceIds = refs.sources.map((source) => source.id);
  const facilityType = types.get('MilitaryFacility')!.input;
  return Array.from({ length: counts.facilities }, (_, i) => {
    const established = random.chance(0.6) ? isoDate(random) : null;
    const [operator, financier] = random.distinct(refs.organizations, 2);
    return {
      id: syntheticId('facility', i),
      name: `Synthetic Facility ${i + 1}`,
      aliases: [],
      kind: random.pick(enumAt(facilityType, 'kind')),
      status: random.pick(enumAt(facilityType, 'status')),
      hostCountry: random.pick(countries),
      place: random.pick(refs.places).id,
      operators: [operator!.id],
      financiers: financier && random.chance(0.3) ? [financier.id] : [],
      established,
      establishedPrecision: established ? 'YEAR' : null,
      costUsd: random.chance(0.3) ? random.between(1, 500) * 1e6 : null,
      reportedCosts: [],
      citations: citations(random, sourceIds, 'a military facility'),
    };
  });
}

/**
 * The security events, a batch at a time (100k at once would only cost memory): each with a place
 * (most), one to three actors (organisations), a figure and citations.
 */
export function* eventBatches(
  counts: SyntheticCounts,
  countries: readonly string[],
  refs: ReferenceRecords,
  seed: string,
  batchSize: number,
) {
  const random = new Random(`${seed}:events`);
  const sourceIds = refs.sources.map((source) => source.id);
  const organizationIds = refs.organizations.map((organization) => organization.id);
  const roles = ['ACTOR1', 'ACTOR2', 'ASSOC_ACTOR1'] as const;
  const actorTypes = ['STATE_FORCES', 'REBEL_GROUP', 'POLITICAL_MILITIA', 'PROTESTERS', 'CIVILIANS'] as const;
  for (let first = 0; first < counts.events; first += batchSize) {
    const batch = [];
    for (let i = first; i < Math.min(counts.events, first + batchSize); i++) {
      const place = random.chance(0.9) ? random.pick(refs.places) : undefined;
      const kind = random.pick(eventCombinations);
      const fatalities =
        kind.disorderType === 'POLITICAL_VIOLENCE' && random.chance(0.6) ? random.between(0, 40) : null;
      batch.push({
        id: syntheticId('event', i),
        title: `Synthetic event ${i + 1}: ${kind.subEventType.toLowerCase().replaceAll('_', ' ')}${place ? ` near ${place.name}` : ''}`,
        summary: 'A made-up event for load tests; nothing here happened.',
        date: isoDate(random),
        datePrecision: 'DAY',
        ...kind,
        country: place?.country ?? random.pick(countries),
        place: place?.id ?? null,
        actors: random.distinct(organizationIds, random.between(1, 3)).map((organization, position) => ({
          organization,
          role: roles[position]!,
          actorType: random.pick(actorTypes),
        })),
        fatalities,
        fatalitiesQualifier: fatalities === null ? null : 'EXACT',
        placePrecision: place ? 'NEAR' : null,
        civilianTargeting: random.chance(0.1),
        tags: ['synthetic'],
        citations: citations(random, sourceIds, 'a security event'),
      });
    }
    yield batch;
  }
}
