import { enumLabels } from '../generated/enums';
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

/**
 * `STATE_VISIT` → "State visit": an enum value as people read it, as generated from the schema's
 * descriptions (scripts/enums-codegen.mjs says how); a value the schema does not have, in sentence case.
 */
export function label(value: string | null | undefined): string {
  if (!value) return '—';
  const known = enumLabels[value];
  if (known) return known;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
