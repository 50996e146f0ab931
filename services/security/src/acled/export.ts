import { isDeepStrictEqual } from 'node:util';
import { citationOf, groupBy, type Database } from '@pamir/db';
import type { Peers } from '@pamir/server';
import { asc, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import type { SecurityEventFilter } from '../generated/graphql.js';
import { eventRecord, type SecurityEventRecord } from '../records/security-event.js';
import { securityEventsWhere } from '../store/lists.js';
import { writeAcledCsv } from './csv.js';
import {
  acledColumns,
  actorTypeLabels,
  disorderTypeLabels,
  eventTypeLabels,
  interactionOf,
  joinList,
  subEventTypeLabels,
  type AcledColumn,
  type AcledRow,
} from './format.js';
import { civilianTargetingLabel } from './rows.js';

/** What the reference subgraph says about the entities the events name. */
interface Names {
  organization: Map<string, { name: string }>;
  place: Map<
    string,
    {
      name: string;
      admin1: string | null;
      admin2: string | null;
      location: { latitude: number; longitude: number } | null;
      precision: 'EXACT' | 'NEAR' | 'REGION' | null;
    }
  >;
  country: Map<string, { name: string; isoNumeric: string }>;
  source: Map<string, { publisher: string }>;
}

type EventFields = Omit<SecurityEventRecord, 'dateEnd'> & { dateEnd?: string | null };

/** The event fields each ACLED column is written from; a column no field feeds comes from the kept row. */
const writtenFrom: Record<AcledColumn, (keyof SecurityEventRecord)[]> = {
  event_id_cnty: [],
  event_date: ['date'],
  year: ['date'],
  time_precision: ['datePrecision'],
  disorder_type: ['disorderType'],
  event_type: ['eventType'],
  sub_event_type: ['subEventType'],
  actor1: ['actors'],
  assoc_actor_1: ['actors'],
  inter1: ['actors'],
  actor2: ['actors'],
  assoc_actor_2: ['actors'],
  inter2: ['actors'],
  interaction: ['actors'],
  civilian_targeting: ['civilianTargeting'],
  iso: ['country'],
  region: [],
  country: ['country'],
  admin1: ['place'],
  admin2: ['place'],
  admin3: ['place'],
  location: ['place'],
  latitude: ['place'],
  longitude: ['place'],
  geo_precision: ['place'],
  source: ['citations'],
  source_scale: [],
  notes: ['summary'],
  fatalities: ['fatalities'],
  tags: ['tags'],
  timestamp: [],
};

const timePrecisionCodes = { DAY: '1', WEEK: '2', MONTH: '3', YEAR: '3' } as const;
const geoPrecisionCodes = { EXACT: '1', NEAR: '2', REGION: '3' } as const;

/**
 * The events a filter selects, as an ACLED export. An imported event gives back its row as it came
 * in, except the columns whose fields have changed since; Pamir's own events are written whole,
 * with their Pamir id as `event_id_cnty`, leaving empty what Pamir does not know (region, admin3...).
 */
export async function exportAcled(
  db: Database<typeof schema>,
  peers: Peers,
  filter: SecurityEventFilter | null | undefined,
): Promise<string> {
  const t = schema.securityEvents;
  const where = securityEventsWhere(db, filter);
  // The events' child rows by a subquery on the same filter: no list of ids as parameters, which
  // Postgres caps at 65,535.
  const selected = db.select({ id: t.id }).from(t).where(where);
  const actors = schema.securityEventActors;
  const citations = schema.securityEventCitations;
  const [rows, actorRows, citationRows, keptRows] = await Promise.all([
    db.select().from(t).where(where).orderBy(asc(t.date), asc(t.id)),
    db.select().from(actors).where(inArray(actors.eventId, selected)).orderBy(asc(actors.position)),
    db.select().from(citations).where(inArray(citations.recordId, selected)).orderBy(asc(citations.position)),
    db.select().from(schema.acledRows).where(inArray(schema.acledRows.eventId, selected)),
  ]);
  const actorsOf = groupBy(actorRows, (actor) => actor.eventId);
  const citationsOf = groupBy(citationRows, (citation) => citation.recordId);
  const keptOf = new Map(keptRows.map((kept) => [kept.eventId, kept]));
  const events = rows.map((row) => {
    const record = eventRecord(
      row,
      actorsOf.get(row.id) ?? [],
      (citationsOf.get(row.id) ?? []).map(citationOf),
    );
    return { record, updatedAt: row.updatedAt, kept: keptOf.get(row.id) };
  });
  const names = await namesOf(
    peers,
    events.map((event) => event.record),
  );
  return writeAcledCsv(
    events.map(({ record, updatedAt, kept }) => {
      const derived = acledRow(record, updatedAt, names);
      if (!kept) return derived;
      const changed = (column: AcledColumn) =>
        writtenFrom[column].some(
          (field) => !isDeepStrictEqual(plain(kept.imported[field] ?? null), plain(record[field] ?? null)),
        );
      return Object.fromEntries(
        acledColumns.map((column) => [
          column,
          changed(column) ? derived[column] : (kept.columns[column] ?? ''),
        ]),
      ) as AcledRow;
    }),
  );
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** An event written whole in ACLED's terms. */
function acledRow(record: EventFields, updatedAt: string, names: Names): AcledRow {
  const actorIn = (role: string) => record.actors.filter((actor) => actor.role === role);
  const nameOf = (id: string) => names.organization.get(id)?.name ?? id;
  const [first] = actorIn('ACTOR1');
  const [second] = actorIn('ACTOR2');
  const place = record.place ? names.place.get(record.place) : undefined;
  const country = names.country.get(record.country);
  const publishers = [
    ...new Set(
      record.citations.map((citation) => names.source.get(citation.source)?.publisher).filter(Boolean),
    ),
  ];
  return {
    event_id_cnty: record.id,
    event_date: record.date,
    year: record.date.slice(0, 4),
    time_precision: timePrecisionCodes[record.datePrecision],
    disorder_type: disorderTypeLabels[record.disorderType],
    event_type: eventTypeLabels[record.eventType],
    sub_event_type: subEventTypeLabels[record.subEventType],
    actor1: first ? nameOf(first.organization) : '',
    assoc_actor_1: joinList(actorIn('ASSOC_ACTOR1').map((actor) => nameOf(actor.organization))),
    inter1: first ? actorTypeLabels[first.actorType].label : '',
    actor2: second ? nameOf(second.organization) : '',
    assoc_actor_2: joinList(actorIn('ASSOC_ACTOR2').map((actor) => nameOf(actor.organization))),
    inter2: second ? actorTypeLabels[second.actorType].label : '',
    interaction: interactionOf(first?.actorType, second?.actorType),
    civilian_targeting: record.civilianTargeting ? civilianTargetingLabel : '',
    // ACLED writes the numeric code as a number: 4, not 004.
    iso: country ? String(Number(country.isoNumeric)) : '',
    region: '',
    country: country?.name ?? record.country,
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    admin3: '',
    location: place?.name ?? '',
    latitude: place?.location ? String(place.location.latitude) : '',
    longitude: place?.location ? String(place.location.longitude) : '',
    geo_precision: place?.precision ? geoPrecisionCodes[place.precision] : '',
    source: joinList(publishers as string[]),
    source_scale: '',
    notes: record.summary,
    fatalities: record.fatalities == null ? '' : String(record.fatalities),
    tags: joinList(record.tags),
    timestamp: String(Math.floor(Date.parse(updatedAt) / 1000)),
  };
}

/** One `_entities` request per kind for every organisation, place, country and source named. */
async function namesOf(peers: Peers, records: readonly EventFields[]): Promise<Names> {
  const ask = async <T>(
    typename: string,
    key: string,
    ids: string[],
    selection: string,
  ): Promise<Map<string, T>> => {
    const distinct = [...new Set(ids)];
    const found = new Map<string, T>();
    for (let start = 0; start < distinct.length; start += 1000) {
      const batch = distinct.slice(start, start + 1000);
      const data = await peers.ask<{ _entities: (T | null)[] }>(
        'reference',
        `query AcledNames($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
        { representations: batch.map((id) => ({ __typename: typename, [key]: id })) },
      );
      data._entities.forEach((entity, i) => entity && found.set(batch[i]!, entity));
    }
    return found;
  };
  return {
    organization: await ask(
      'Organization',
      'id',
      records.flatMap((r) => r.actors.map((a) => a.organization)),
      'name',
    ),
    place: await ask(
      'Place',
      'id',
      records.flatMap((r) => (r.place ? [r.place] : [])),
      'name admin1 admin2 location { latitude longitude } precision',
    ),
    country: await ask(
      'Country',
      'code',
      records.map((r) => r.country),
      'name isoNumeric',
    ),
    source: await ask(
      'SourceDocument',
      'id',
      records.flatMap((r) => r.citations.map((c) => c.source)),
      'publisher',
    ),
  };
}
