import type { DatePrecision } from '../generated/graphql';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as precise as its source: "March 2023" is stored as 2023-03-01 with MONTH, shown "Mar 2023". */
export function formatDate(date: string | null | undefined, precision: DatePrecision | null | undefined = 'DAY'): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  const monthName = months[Number(month) - 1] ?? month;
  switch (precision) {
    case 'YEAR':
      return year ?? date;
    case 'MONTH':
      return `${monthName} ${year}`;
    case 'WEEK':
      return `week of ${Number(day)} ${monthName} ${year}`;
    default:
      return `${Number(day)} ${monthName} ${year}`;
  }
}

export function formatRange(start: string | null | undefined, end: string | null | undefined, precision?: DatePrecision | null): string {
  if (!end || end === start) return formatDate(start, precision);
  return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
}

export function formatMw(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} MW`;
}

export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `US$${value.toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
}

// Words the generic rule would spell wrong.
const special: Record<string, string> = {
  SOLAR_PV: 'Solar PV',
  HVDC_TRANSMISSION: 'HVDC transmission',
  HVAC_TRANSMISSION: 'HVAC transmission',
  MOU: 'MoU',
  EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions/remote violence',
  SHELLING_ARTILLERY_MISSILE_ATTACK: 'Shelling/artillery/missile attack',
  REMOTE_EXPLOSIVE_LANDMINE_IED: 'Remote explosive/landmine/IED',
  AIR_DRONE_STRIKE: 'Air/drone strike',
  ABDUCTION_FORCED_DISAPPEARANCE: 'Abduction/forced disappearance',
  POLITICAL_VIOLENCE_DEMONSTRATIONS: 'Political violence; demonstrations',
  CULTURE_EDUCATION: 'Culture and education',
  ACTOR1: 'Actor 1',
  ACTOR2: 'Actor 2',
  ASSOC_ACTOR1: 'Associate of actor 1',
  ASSOC_ACTOR2: 'Associate of actor 2',
  EXTERNAL_OTHER_FORCES: 'External/other forces',
};

/** `STATE_VISIT` → "State visit": enum values as people read them. */
export function label(value: string | null | undefined): string {
  if (!value) return '—';
  const known = special[value];
  if (known) return known;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
