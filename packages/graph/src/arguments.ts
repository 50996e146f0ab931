import { badInput } from './errors.js';

/** An id argument must be a non-empty string; the error names the argument. */
export function requireId(id: string, argument = 'id'): string {
  if (id.trim() === '') throw badInput(argument, `${argument} must not be empty`);
  return id;
}

/** `from` must not come after `to`; ISO dates compare as strings. */
export function requireRange(
  range: { from?: string | null; to?: string | null } | null | undefined,
  argument = 'filter',
): void {
  if (range?.from && range.to && range.from > range.to) {
    throw badInput(`${argument}.from`, `${argument}.from (${range.from}) is after ${argument}.to (${range.to})`);
  }
}

/** A search string of reasonable length, trimmed; empty means no search. */
export function searchTerm(search: string | null | undefined, argument = 'filter.search'): string | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  if (term.length > 200) throw badInput(argument, `${argument} must be at most 200 characters`);
  return term;
}

/** A batch argument of at most `max` items; more is refused rather than served slowly. */
export function requireBatch<T>(items: readonly T[], argument: string, max = 1000): readonly T[] {
  if (items.length > max) throw badInput(argument, `${argument} holds ${items.length} items; at most ${max} are allowed`);
  return items;
}
