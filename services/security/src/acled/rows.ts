import { fields } from '@pamir/db';
import type {
  actorRoles,
  actorTypes,
  disorderTypes,
  EventTypeName,
  SubEventTypeName,
} from '../db/taxonomy.js';
import { disorderMatches, subEventBelongs } from '../db/taxonomy.js';
import type { NumberedRow, Rejection } from './csv.js';
import {
  acledDate,
  actorTypeFrom,
  disorderTypeLabels,
  eventTypeLabels,
  fromLabel,
  geoPrecisions,
  slugOf,
  splitList,
  subEventTypeLabels,
  timePrecisions,
  type AcledColumn,
  type AcledRow,
} from './format.js';

type ActorType = (typeof actorTypes)[number];

/** An actor as the row names it; the reference subgraph later says which organisation it is. */
export interface AcledActor {
  name: string;
  role: (typeof actorRoles)[number];
  actorType: ActorType;
}

/** The location as the row gives it; the reference subgraph later says which place it is. */
export interface AcledLocation {
  name: string;
  admin1: string | null;
  admin2: string | null;
  latitude: number | null;
  longitude: number | null;
  precision: (typeof geoPrecisions)[keyof typeof geoPrecisions] | null;
}

/** A row read into Pamir's terms, before its names are matched to reference entities. */
export interface AcledEvent {
  line: number;
  eventIdCnty: string;
  row: AcledRow;
  date: string;
  datePrecision: (typeof timePrecisions)[keyof typeof timePrecisions];
  disorderType: (typeof disorderTypes)[number];
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  actors: AcledActor[];
  isoNumeric: string;
  location: AcledLocation | null;
  fatalities: number | null;
  civilianTargeting: boolean;
  tags: string[];
}

/** ACLED writes this in `civilian_targeting` when civilians were the target, and nothing otherwise. */
export const civilianTargetingLabel = 'Civilian targeting';

/** Reads one row; every problem in it comes back at once, each naming its column. */
export function readAcledEvent({ line, row }: NumberedRow): AcledEvent | Rejection[] {
  const eventIdCnty = row.event_id_cnty.trim();
  const problems: Rejection[] = [];
  const refuse = (column: AcledColumn, reason: string) => {
    problems.push({ line, eventIdCnty: eventIdCnty || null, column, reason });
    return undefined;
  };
  const cell = (column: AcledColumn) => row[column].trim();

  if (!slugOf(eventIdCnty))
    refuse('event_id_cnty', 'is empty: every ACLED event has its id, such as TJK1234');

  const date =
    acledDate(cell('event_date')) ??
    refuse('event_date', `"${cell('event_date')}" is not a date such as 2023-05-12`);
  if (date && !fields.isoDate.safeParse(date).success) refuse('event_date', `${date} is not a real date`);
  if (date && cell('year') && cell('year') !== date.slice(0, 4)) {
    refuse('year', `${cell('year')} is not the year of event_date ${date}`);
  }
  const datePrecision =
    codeIn(timePrecisions, cell('time_precision')) ??
    refuse('time_precision', `"${cell('time_precision')}" is not 1 (day), 2 (week) or 3 (month)`);

  const disorderType =
    fromLabel(disorderTypeLabels, cell('disorder_type')) ??
    refuse('disorder_type', `"${cell('disorder_type')}" is not one of ACLED's disorder types`);
  const eventType =
    fromLabel(eventTypeLabels, cell('event_type')) ??
    refuse('event_type', `"${cell('event_type')}" is not one of ACLED's event types`);
  const subEventType =
    fromLabel(subEventTypeLabels, cell('sub_event_type')) ??
    refuse('sub_event_type', `"${cell('sub_event_type')}" is not one of ACLED's sub-event types`);
  if (eventType && subEventType && !subEventBelongs(eventType, subEventType)) {
    refuse(
      'sub_event_type',
      `ACLED files "${cell('sub_event_type')}" under another event type than "${cell('event_type')}"`,
    );
  }
  if (disorderType && eventType && !disorderMatches(disorderType, eventType)) {
    refuse(
      'disorder_type',
      'Strategic developments is the disorder type of strategic developments, and only of them',
    );
  }

  const actors = readActors(row, refuse);

  const civilian = cell('civilian_targeting');
  if (civilian && civilian.toLowerCase() !== civilianTargetingLabel.toLowerCase()) {
    refuse('civilian_targeting', `is "${civilian}"; ACLED writes "${civilianTargetingLabel}" or nothing`);
  }
  const isoNumeric = /^\d{1,3}$/.test(cell('iso'))
    ? cell('iso').padStart(3, '0')
    : refuse('iso', `"${cell('iso')}" is not an ISO 3166-1 numeric code such as 762`);

  const location = readLocation(row, refuse);
  const fatalities = wholeNumber(cell('fatalities'), 'fatalities', refuse);
  wholeNumber(cell('timestamp'), 'timestamp', refuse);

  if (
    problems.length ||
    !date ||
    !datePrecision ||
    !disorderType ||
    !eventType ||
    !subEventType ||
    !isoNumeric
  ) {
    return problems;
  }
  return {
    line,
    eventIdCnty,
    row,
    date,
    datePrecision,
    disorderType,
    eventType,
    subEventType,
    actors,
    isoNumeric,
    location,
    fatalities: fatalities ?? null,
    civilianTargeting: civilian !== '',
    tags: splitList(row.tags),
  };
}

type Refuse = (column: AcledColumn, reason: string) => undefined;

/** The value a code stands for; own keys only, so `constructor` is no code. */
function codeIn<T extends Record<string, string>>(codes: T, code: string): T[keyof T] | undefined {
  return Object.hasOwn(codes, code) ? (codes[code] as T[keyof T]) : undefined;
}

/** actor1 and actor2 with their types; their associates share the type (ACLED types main actors only). */
function readActors(row: AcledRow, refuse: Refuse): AcledActor[] {
  const actors: AcledActor[] = [];
  const sides = [
    {
      actor: 'actor1',
      associates: 'assoc_actor_1',
      inter: 'inter1',
      role: 'ACTOR1',
      associateRole: 'ASSOC_ACTOR1',
    },
    {
      actor: 'actor2',
      associates: 'assoc_actor_2',
      inter: 'inter2',
      role: 'ACTOR2',
      associateRole: 'ASSOC_ACTOR2',
    },
  ] as const;
  for (const side of sides) {
    const name = row[side.actor].trim();
    const associates = splitList(row[side.associates]);
    if (!name) {
      if (side.actor === 'actor1') refuse('actor1', 'is empty: every ACLED event has its first actor');
      if (associates.length)
        refuse(side.associates, `names associates of an ${side.actor} the row does not give`);
      if (row[side.inter].trim())
        refuse(side.inter, `gives a type for an ${side.actor} the row does not give`);
      continue;
    }
    const actorType = actorTypeFrom(row[side.inter]);
    if (!actorType) {
      refuse(
        side.inter,
        `"${row[side.inter].trim()}" is not one of ACLED's actor types, such as "State forces" or 1`,
      );
      continue;
    }
    actors.push({ name, role: side.role, actorType });
    for (const associate of associates) actors.push({ name: associate, role: side.associateRole, actorType });
  }
  return actors;
}

function readLocation(row: AcledRow, refuse: Refuse): AcledLocation | null {
  const name = row.location.trim();
  const latitude = coordinate(row.latitude, 'latitude', 90, refuse);
  const longitude = coordinate(row.longitude, 'longitude', 180, refuse);
  if ((latitude === null) !== (longitude === null))
    refuse(
      latitude === null ? 'latitude' : 'longitude',
      'latitude and longitude come together or not at all',
    );
  const precisionText = row.geo_precision.trim();
  const precision = precisionText
    ? (codeIn(geoPrecisions, precisionText) ??
      refuse('geo_precision', `"${precisionText}" is not 1 (exact), 2 (near) or 3 (region)`))
    : null;
  if (!name) return null;
  return {
    name,
    admin1: row.admin1.trim() || null,
    admin2: row.admin2.trim() || null,
    latitude: latitude ?? null,
    longitude: longitude ?? null,
    precision: precision ?? null,
  };
}

function coordinate(
  text: string,
  column: 'latitude' | 'longitude',
  limit: number,
  refuse: Refuse,
): number | null | undefined {
  if (!text.trim()) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    return refuse(column, `"${text.trim()}" is not a ${column} between -${limit} and ${limit}`);
  return value;
}

function wholeNumber(text: string, column: AcledColumn, refuse: Refuse): number | null | undefined {
  if (!text) return null;
  if (!/^\d+$/.test(text)) return refuse(column, `"${text}" is not a whole number of zero or more`);
  return Number(text);
}
