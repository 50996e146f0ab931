import { describe, expect, it } from 'vitest';
import { formatMw } from '../src/lib/format';
import { qualified, qualifiedDate, range } from '../src/lib/qualifiers';

describe('qualifiers in words', () => {
  it('writes a figure with how sure it is', () => {
    expect(qualified(140, 'AT_LEAST')).toBe('at least 140');
    expect(qualified(2000, 'ABOUT')).toBe('about 2,000');
    expect(qualified(3, 'EXACT')).toBe('3');
    expect(qualified(null, 'UNKNOWN')).toBe('unknown (the sources give no figure)');
    expect(qualified(null, null)).toBeNull();
    expect(qualified(500, 'AT_LEAST', formatMw)).toBe('at least 500 MW');
  });

  it('writes a range and a qualified date', () => {
    expect(range(8000, 10000)).toBe('8,000–10,000');
    expect(range(null, null)).toBeNull();
    expect(qualifiedDate('Sep 2021', 'BY')).toBe('by Sep 2021');
    expect(qualifiedDate('30 Aug 2023 – 6 Sep 2023', 'WITHIN')).toBe('some time in 30 Aug 2023 – 6 Sep 2023');
    expect(qualifiedDate('Oct 2021', 'ON')).toBe('Oct 2021');
  });
});
