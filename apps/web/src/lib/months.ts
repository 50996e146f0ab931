import type { DatePrecision } from '../generated/graphql';
import { formatDate } from './format';

/**
 * The month a dated record falls in, as a sortable key and a label. A record known only to the
 * year gets a bucket of its own ("2021, month unknown") rather than being put in January.
 */
export function monthBucket(date: string, precision: DatePrecision): { key: string; label: string } {
  const year = date.slice(0, 4);
  if (precision === 'YEAR') return { key: `${year}-00`, label: `${year}, month unknown` };
  return { key: date.slice(0, 7), label: formatDate(`${date.slice(0, 7)}-01`, 'MONTH') };
}
