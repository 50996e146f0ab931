import type { actorTypes, disorderTypes, EventTypeName, SubEventTypeName } from '../db/taxonomy.js';

// ACLED's export format: its columns, in its order, and the labels it writes for the closed lists
// Pamir keeps as enums. Typed as complete maps, so a new enum value cannot miss its label.

export const acledColumns = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledColumn = (typeof acledColumns)[number];
/** One row of an ACLED export, every value as the file writes it. */
export type AcledRow = Record<AcledColumn, string>;

type DisorderType = (typeof disorderTypes)[number];
type ActorType = (typeof actorTypes)[number];

export const disorderTypeLabels: Record<DisorderType, string> = {
  POLITICAL_VIOLENCE: 'Political violence',
  DEMONSTRATIONS: 'Demonstrations',
  POLITICAL_VIOLENCE_DEMONSTRATIONS: 'Political violence; Demonstrations',
  STRATEGIC_DEVELOPMENTS: 'Strategic developments',
};

export const eventTypeLabels: Record<EventTypeName, string> = {
  BATTLES: 'Battles',
  EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions/Remote violence',
  VIOLENCE_AGAINST_CIVILIANS: 'Violence against civilians',
  PROTESTS: 'Protests',
  RIOTS: 'Riots',
  STRATEGIC_DEVELOPMENTS: 'Strategic developments',
};

export const subEventTypeLabels: Record<SubEventTypeName, string> = {
  ARMED_CLASH: 'Armed clash',
  GOVERNMENT_REGAINS_TERRITORY: 'Government regains territory',
  NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'Non-state actor overtakes territory',
  CHEMICAL_WEAPON: 'Chemical weapon',
  AIR_DRONE_STRIKE: 'Air/drone strike',
  SUICIDE_BOMB: 'Suicide bomb',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'Shelling/artillery/missile attack',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'Remote explosive/landmine/IED',
  GRENADE: 'Grenade',
  SEXUAL_VIOLENCE: 'Sexual violence',
  ATTACK: 'Attack',
  ABDUCTION_FORCED_DISAPPEARANCE: 'Abduction/forced disappearance',
  PEACEFUL_PROTEST: 'Peaceful protest',
  PROTEST_WITH_INTERVENTION: 'Protest with intervention',
  EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'Excessive force against protesters',
  VIOLENT_DEMONSTRATION: 'Violent demonstration',
  MOB_VIOLENCE: 'Mob violence',
  AGREEMENT: 'Agreement',
  ARRESTS: 'Arrests',
  CHANGE_TO_GROUP_ACTIVITY: 'Change to group/activity',
  DISRUPTED_WEAPONS_USE: 'Disrupted weapons use',
  HEADQUARTERS_OR_BASE_ESTABLISHED: 'Headquarters or base established',
  LOOTING_PROPERTY_DESTRUCTION: 'Looting/property destruction',
  NON_VIOLENT_TRANSFER_OF_TERRITORY: 'Non-violent transfer of territory',
  OTHER: 'Other',
};

/** ACLED's actor types ("inter" codes): current exports write the label, older ones the digit. */
export const actorTypeLabels: Record<ActorType, { label: string; code: string }> = {
  STATE_FORCES: { label: 'State forces', code: '1' },
  REBEL_GROUP: { label: 'Rebel group', code: '2' },
  POLITICAL_MILITIA: { label: 'Political militia', code: '3' },
  IDENTITY_MILITIA: { label: 'Identity militia', code: '4' },
  RIOTERS: { label: 'Rioters', code: '5' },
  PROTESTERS: { label: 'Protesters', code: '6' },
  CIVILIANS: { label: 'Civilians', code: '7' },
  EXTERNAL_OTHER_FORCES: { label: 'External/Other forces', code: '8' },
};

/** `time_precision`: 1 the day is known, 2 the week, 3 the month. */
export const timePrecisions = { '1': 'DAY', '2': 'WEEK', '3': 'MONTH' } as const;
/** `geo_precision`: 1 the place itself, 2 somewhere near it, 3 only the wider region. */
export const geoPrecisions = { '1': 'EXACT', '2': 'NEAR', '3': 'REGION' } as const;

/** The value whose label is `text`, case aside; undefined when none is. */
export function fromLabel<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(labels) as T[]).find((value) => labels[value].toLowerCase() === wanted);
}

/** An actor type from its label or its digit. */
export function actorTypeFrom(text: string): ActorType | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(actorTypeLabels) as ActorType[]).find(
    (type) => actorTypeLabels[type].label.toLowerCase() === wanted || actorTypeLabels[type].code === wanted,
  );
}

/** ACLED's `interaction` for the two actors' types: `State forces-Civilians`, or `State forces only`. */
export function interactionOf(type1: ActorType | undefined, type2: ActorType | undefined): string {
  if (!type1) return '';
  const first = actorTypeLabels[type1].label;
  return type2 ? `${first}-${actorTypeLabels[type2].label}` : `${first} only`;
}

/** Lists inside one ACLED cell (associated actors, tags) are separated by semicolons. */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join('; ');
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `2023-05-12`, as current exports write it, or `12 May 2023`, as older ones did; ISO, or undefined. */
export function acledDate(text: string): string | undefined {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value);
  const month = match ? months.indexOf(match[2]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** A lowercase slug of any text, accents dropped: `Khorog` → `khorog`; empty when nothing is left. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
