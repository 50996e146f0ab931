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

/** The kinds of entity an `InvolvedEntity` input can name. */
export const involvedKinds = ['country', 'organization', 'person'] as const;

/** One country (by code), organisation or person (by id): what `involving` and `involvement(of:)` take. */
export interface Involved {
  kind: (typeof involvedKinds)[number];
  id: string;
}

/**
 * The entity an `InvolvedEntity` input names; exactly one of its fields must be given, and a
 * country as an ISO alpha-3 code. Absent input: undefined (no filter).
 */
export function involvedEntity(
  input: { country?: string | null; organization?: string | null; person?: string | null } | null | undefined,
  argument = 'filter.involving',
): Involved | undefined {
  if (input == null) return undefined;
  const given = involvedKinds.filter((kind) => input[kind] != null);
  if (given.length !== 1) {
    throw badInput(argument, `${argument} takes exactly one of country, organization and person; ${given.length} given`);
  }
  const kind = given[0]!;
  const id = input[kind]!.trim();
  if (!id) throw badInput(`${argument}.${kind}`, `${argument}.${kind} must not be empty`);
  if (kind === 'country' && !/^[A-Z]{3}$/.test(id)) {
    throw badInput(`${argument}.country`, `${argument}.country must be an ISO 3166-1 alpha-3 code such as CHN; got ${JSON.stringify(id)}`);
  }
  return { kind, id };
}
