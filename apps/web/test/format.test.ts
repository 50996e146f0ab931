import { describe, expect, it } from 'vitest';
import { formatDate, formatMw, label } from '../src/lib/format';
import { monthBucket } from '../src/lib/months';

describe('dates as precise as their sources', () => {
  it('shows a month-precise date without a day, and a year-precise one as the year', () => {
    expect(formatDate('2023-03-01', 'MONTH')).toBe('Mar 2023');
    expect(formatDate('2021-01-01', 'YEAR')).toBe('2021');
    expect(formatDate('2023-08-30', 'DAY')).toBe('30 Aug 2023');
  });

  it('puts a year-only record in a bucket of its own, not in January', () => {
    expect(monthBucket('2021-01-01', 'YEAR')).toEqual({ key: '2021-00', label: '2021, month unknown' });
    expect(monthBucket('2021-01-15', 'DAY')).toEqual({ key: '2021-01', label: 'Jan 2021' });
  });
});

describe('labels', () => {
  it('spells enum values as people read them', () => {
    expect(label('STATE_VISIT')).toBe('State visit');
    expect(label('SOLAR_PV')).toBe('Solar PV');
    expect(label('MOU')).toBe('MoU');
    expect(formatMw(1300)).toBe('1,300 MW');
    expect(formatMw(null)).toBe('—');
  });
});
