import type { DateQualifier, FigureQualifier } from '../generated/graphql';

// How sure a figure or a date is, in words, beside the figure or date itself.

/** "at least 140", "about 2,000", "unknown": a figure with its qualifier; `format` writes the number. */
export function qualified(
  value: number | null | undefined,
  qualifier: FigureQualifier | null | undefined,
  format: (n: number) => string = (n) => n.toLocaleString('en-GB'),
): string | null {
  if (qualifier === 'UNKNOWN') return 'unknown (the sources give no figure)';
  if (value === null || value === undefined) return null;
  const figure = format(value);
  switch (qualifier) {
    case 'AT_LEAST':
      return `at least ${figure}`;
    case 'AT_MOST':
      return `at most ${figure}`;
    case 'ABOUT':
      return `about ${figure}`;
    default:
      return figure;
  }
}

/** A low–high range, when the sources give one. */
export function range(low: number | null | undefined, high: number | null | undefined): string | null {
  if (low == null && high == null) return null;
  if (low != null && high != null) return `${low.toLocaleString('en-GB')}–${high.toLocaleString('en-GB')}`;
  return low != null ? `from ${low.toLocaleString('en-GB')}` : `up to ${high!.toLocaleString('en-GB')}`;
}

/** A written date with how it relates to the moment: "by Sep 2021", "some time in 30 Aug – 6 Sep 2023". */
export function qualifiedDate(text: string, qualifier: DateQualifier | null | undefined): string {
  switch (qualifier) {
    case 'WITHIN':
      return `some time in ${text}`;
    case 'BY':
      return `by ${text}`;
    case 'BEFORE':
      return `before ${text}`;
    case 'AFTER':
      return `after ${text}`;
    case 'ABOUT':
      return `about ${text}`;
    default:
      return text;
  }
}
