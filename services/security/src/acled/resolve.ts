import { normalName } from '@pamir/db';
import type { Peers } from '@pamir/server';
import type { Rejection } from './csv.js';
import { slugOf } from './format.js';
import type { AcledActor, AcledEvent } from './rows.js';

// Matches a file's countries, locations and actors to the reference subgraph's records, by name
// and alias, and plans the records it does not know: a place per new location, an organisation per
// new actor, and a source document per ACLED event, which every record the import makes cites.

/** A record the import makes in the reference subgraph: the mutation that makes it and its input. */
export interface NewReferenceRecord {
  typename: 'Place' | 'Organization' | 'SourceDocument';
  id: string;
  name: string;
  input: Record<string, unknown>;
}

/** Which reference records a row's names stand for. */
export interface Resolved {
  country: string;
  place: string | null;
  organizationOf: (actor: AcledActor) => string;
  source: string;
}

export interface Resolution {
  resolved: Map<AcledEvent, Resolved>;
  rejections: Rejection[];
  newRecords: NewReferenceRecord[];
}

/** The source document that stands for one ACLED event, cited by everything made from its row. */
export function acledSourceId(eventIdCnty: string): string {
  return `acled-${slugOf(eventIdCnty)}`;
}

const publisher = 'ACLED (Armed Conflict Location & Event Data)';

export async function resolveAcledNames(peers: Peers, events: readonly AcledEvent[]): Promise<Resolution> {
  const rejections: Rejection[] = [];
  const countries = await countriesOf(peers, events);
  const located = events.filter((event) => {
    if (countries.get(event.isoNumeric)) return true;
    rejections.push({
      line: event.line,
      eventIdCnty: event.eventIdCnty,
      column: 'iso',
      reason: `no country in the reference subgraph has the ISO numeric code ${event.isoNumeric} (${event.row.country.trim() || 'no country name given'})`,
    });
    return false;
  });

  const places = await placesOf(peers, located, countries);
  const organizations = await organizationsOf(peers, located);
  const sources = await sourcesOf(peers, located);
  const newRecords = [...sources.newRecords, ...places.newRecords, ...organizations.newRecords];
  await assignFreeIds(peers, newRecords);

  const resolved = new Map<AcledEvent, Resolved>();
  for (const event of located) {
    const country = countries.get(event.isoNumeric)!;
    resolved.set(event, {
      country,
      place: event.location ? places.idOf(event.location.name, country) : null,
      organizationOf: (actor) => organizations.idOf(actor.name),
      source: acledSourceId(event.eventIdCnty),
    });
  }
  return { resolved, rejections, newRecords };
}

/** Creates the planned records in the reference subgraph, sources first (the others cite them). */
export async function createReferenceRecords(
  peers: Peers,
  records: readonly NewReferenceRecord[],
): Promise<void> {
  const batchSize = 200;
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    const variables = Object.fromEntries(batch.map((record, i) => [`r${i}`, record.input]));
    const declarations = batch.map((record, i) => `$r${i}: ${record.typename}Input!`).join(', ');
    const fields = batch
      .map((record, i) => `r${i}: create${record.typename}(input: $r${i}) { id }`)
      .join('\n');
    await peers.ask(
      'reference',
      `mutation ImportAcledReferences(${declarations}) {\n${fields}\n}`,
      variables,
    );
  }
}

async function countriesOf(
  peers: Peers,
  events: readonly AcledEvent[],
): Promise<Map<string, string | undefined>> {
  const codes = [...new Set(events.map((event) => event.isoNumeric))];
  const answers = await inBatches(codes, async (batch) => {
    const data = await peers.ask<{ countriesByIsoNumeric: ({ code: string } | null)[] }>(
      'reference',
      'query AcledCountries($codes: [String!]!) { countriesByIsoNumeric(codes: $codes) { code } }',
      { codes: batch },
    );
    return data.countriesByIsoNumeric.map((country) => country?.code);
  });
  return new Map(codes.map((code, i) => [code, answers[i]]));
}

/** Keeps the first row's word on a name: the planned record is made from that row. */
function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(key(item))) first.set(key(item), item);
  return first;
}

/**
 * Matches each distinct name once with a reference lookup (one id or null per asked item, in
 * order) and plans a record for each name it does not know, from the first row that gives it.
 * A planned record's id is read when asked for: `assignFreeIds` may still change it.
 */
async function matchOrPlan<T>(
  peers: Peers,
  items: readonly T[],
  key: (item: T) => string,
  lookup: { query: string; field: string; asked: (item: T) => unknown },
  plan: (item: T) => NewReferenceRecord,
): Promise<{ newRecords: NewReferenceRecord[]; idOf: (key: string) => string }> {
  const firsts = [...firstByKey(items, key).values()];
  const found = await inBatches(firsts.map(lookup.asked), async (batch) => {
    const data = await peers.ask<Record<string, ({ id: string } | null)[]>>('reference', lookup.query, {
      names: batch,
    });
    return data[lookup.field]!.map((entity) => entity?.id);
  });
  const matches = new Map<string, string | NewReferenceRecord>();
  const newRecords: NewReferenceRecord[] = [];
  firsts.forEach((item, i) => {
    const known = found[i];
    const match = known ?? plan(item);
    if (typeof match !== 'string') newRecords.push(match);
    matches.set(key(item), match);
  });
  const idOf = (name: string) => {
    const match = matches.get(name)!;
    return typeof match === 'string' ? match : match.id;
  };
  return { newRecords, idOf };
}

function placesOf(peers: Peers, events: readonly AcledEvent[], countries: Map<string, string | undefined>) {
  const countryOf = (event: AcledEvent) => countries.get(event.isoNumeric)!;
  const keyOf = (name: string, country: string) => `${country} ${normalName(name)}`;
  return matchOrPlan(
    peers,
    events.filter((event) => event.location),
    (event) => keyOf(event.location!.name, countryOf(event)),
    {
      query: 'query AcledPlaces($names: [PlaceNameInput!]!) { placesNamed(names: $names) { id } }',
      field: 'placesNamed',
      asked: (event) => ({ name: event.location!.name, country: countryOf(event) }),
    },
    (event) => newPlace(event, countryOf(event)),
  ).then(({ newRecords, idOf }) => ({
    newRecords,
    idOf: (name: string, country: string) => idOf(keyOf(name, country)),
  }));
}

function organizationsOf(peers: Peers, events: readonly AcledEvent[]) {
  return matchOrPlan(
    peers,
    events.flatMap((event) => event.actors.map((actor) => ({ event, actor }))),
    ({ actor }) => normalName(actor.name),
    {
      query: 'query AcledActors($names: [String!]!) { organizationsNamed(names: $names) { id } }',
      field: 'organizationsNamed',
      asked: ({ actor }) => actor.name,
    },
    ({ event, actor }) => newOrganization(event, actor),
  ).then(({ newRecords, idOf }) => ({ newRecords, idOf: (name: string) => idOf(normalName(name)) }));
}

async function sourcesOf(peers: Peers, events: readonly AcledEvent[]) {
  const wanted = firstByKey(events, (event) => acledSourceId(event.eventIdCnty));
  const existing = await existingIds(peers, 'SourceDocument', [...wanted.keys()]);
  const newRecords = [...wanted.entries()]
    .filter(([id]) => !existing.has(id))
    .map(([id, event]) => newSourceDocument(id, event));
  return { newRecords };
}

function newSourceDocument(id: string, event: AcledEvent): NewReferenceRecord {
  const updated = Number(event.row.timestamp.trim());
  const publishedOn = event.row.timestamp.trim()
    ? new Date(updated * 1000).toISOString().slice(0, 10)
    : event.date;
  return {
    typename: 'SourceDocument',
    id,
    name: `ACLED event ${event.eventIdCnty}`,
    input: {
      id,
      title: `ACLED event ${event.eventIdCnty}`,
      publisher,
      originalPublisher: event.row.source.trim() || null,
      publishedOn,
      datePrecision: 'DAY',
      dateNote: event.row.timestamp.trim()
        ? 'The day ACLED last updated the event (its timestamp column), from an ACLED import.'
        : "The event's own date: the ACLED row has no timestamp. From an ACLED import.",
    },
  };
}

function newPlace(event: AcledEvent, country: string): NewReferenceRecord {
  const location = event.location!;
  const kind =
    normalName(location.name) === normalName(location.admin1 ?? '')
      ? 'PROVINCE'
      : normalName(location.name) === normalName(location.admin2 ?? '')
        ? 'DISTRICT'
        : 'SETTLEMENT';
  const point =
    location.latitude !== null ? { latitude: location.latitude, longitude: location.longitude } : null;
  return {
    typename: 'Place',
    id: slugOf(location.name) || `place-${slugOf(event.eventIdCnty)}`,
    name: location.name,
    input: {
      name: location.name,
      aliases: [],
      kind,
      country,
      admin1: location.admin1,
      admin2: location.admin2,
      location: point,
      precision: point ? location.precision : null,
      outsideKnowledge: `Made by an ACLED import from event ${event.eventIdCnty}: the coordinates and divisions are ACLED's; the kind is inferred from them.`,
      citations: [
        {
          source: acledSourceId(event.eventIdCnty),
          quote: location.name,
          note: 'The location column of the ACLED row.',
        },
      ],
    },
  };
}

/** ACLED's actor types say what kind of body an actor is, roughly; the record says so. */
const kindOfActor: Record<AcledActor['actorType'], string> = {
  STATE_FORCES: 'ARMED_FORCES',
  REBEL_GROUP: 'NON_STATE_ARMED_GROUP',
  POLITICAL_MILITIA: 'NON_STATE_ARMED_GROUP',
  IDENTITY_MILITIA: 'NON_STATE_ARMED_GROUP',
  RIOTERS: 'OTHER',
  PROTESTERS: 'OTHER',
  CIVILIANS: 'OTHER',
  EXTERNAL_OTHER_FORCES: 'OTHER',
};

function newOrganization(event: AcledEvent, actor: AcledActor): NewReferenceRecord {
  const column =
    actor.role === 'ACTOR1'
      ? 'actor1'
      : actor.role === 'ACTOR2'
        ? 'actor2'
        : actor.role === 'ASSOC_ACTOR1'
          ? 'assoc_actor_1'
          : 'assoc_actor_2';
  return {
    typename: 'Organization',
    id: slugOf(actor.name) || `organization-${slugOf(event.eventIdCnty)}`,
    name: actor.name,
    input: {
      name: actor.name,
      aliases: [],
      kind: kindOfActor[actor.actorType],
      country: null,
      outsideKnowledge: `Made by an ACLED import from event ${event.eventIdCnty}: the kind follows ACLED's actor type, not a source.`,
      citations: [
        {
          source: acledSourceId(event.eventIdCnty),
          quote: actor.name,
          note: `The ${column} column of the ACLED row.`,
        },
      ],
    },
  };
}

/** Gives each planned place and organisation an id no record holds: its slug, else the slug and a number. */
async function assignFreeIds(peers: Peers, records: NewReferenceRecord[]): Promise<void> {
  const planned = records.filter((record) => record.typename !== 'SourceDocument');
  const taken = new Set<string>();
  for (const typename of ['Place', 'Organization'] as const) {
    const candidates = planned
      .filter((record) => record.typename === typename)
      .flatMap((record) => [record.id, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${record.id}-${n}`)]);
    for (const id of await existingIds(peers, typename, [...new Set(candidates)]))
      taken.add(`${typename} ${id}`);
  }
  for (const record of planned) {
    const base = record.id;
    let id = base;
    for (let n = 2; taken.has(`${record.typename} ${id}`); n += 1) id = `${base}-${n}`;
    taken.add(`${record.typename} ${id}`);
    record.id = id;
    record.input = { id, ...record.input };
  }
}

async function existingIds(
  peers: Peers,
  typename: NewReferenceRecord['typename'],
  ids: readonly string[],
): Promise<Set<string>> {
  const found = await inBatches(ids, async (batch) => {
    const data = await peers.ask<{ _entities: ({ id: string } | null)[] }>(
      'reference',
      `query AcledExisting($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id } } }`,
      { representations: batch.map((id) => ({ __typename: typename, id })) },
    );
    return data._entities.map((entity) => entity?.id);
  });
  return new Set(found.filter((id): id is string => !!id));
}

/** Asks in batches of the size the reference lookups accept, keeping the answers in order. */
async function inBatches<T, R>(
  items: readonly T[],
  ask: (batch: T[]) => Promise<R[]>,
  size = 1000,
): Promise<R[]> {
  const answers: R[] = [];
  for (let start = 0; start < items.length; start += size)
    answers.push(...(await ask(items.slice(start, start + size))));
  return answers;
}
