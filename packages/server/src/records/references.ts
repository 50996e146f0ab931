import type { NamedReference } from '../references.js';
import type { ReferenceMap } from './declaration.js';

/**
 * The entities a record names, each with the path of the input field that names it
 * (`input.actors.1.organization`), found by walking the record along its type's reference map.
 */
export function namedReferences(record: object, references: ReferenceMap, argument: string): NamedReference[] {
  return Object.entries(references).flatMap(([path, target]) => {
    const [typename = target, keyField = 'id'] = target.split('.');
    return valuesAt(record, path.split('.'), [argument]).map(({ value, at }) => ({
      path: at.join('.'),
      typename,
      key: { [keyField]: value },
    }));
  });
}

/** The values at a path (`*` stands for every item of a list), each with where it was found. */
function valuesAt(value: unknown, steps: readonly string[], at: string[]): { value: string; at: string[] }[] {
  if (value === null || value === undefined) return [];
  const [step, ...rest] = steps;
  if (step === undefined) return typeof value === 'string' ? [{ value, at }] : [];
  if (step === '*') {
    return Array.isArray(value) ? value.flatMap((item, i) => valuesAt(item, rest, [...at, String(i)])) : [];
  }
  return valuesAt((value as Record<string, unknown>)[step], rest, [...at, step]);
}

/**
 * The references a changed record names that it did not name before: an update checks only these,
 * so a change of title is not refused over a reference nobody touched (records are archived, never
 * deleted, so what was there when it was first named still is).
 */
export function addedReferences(after: readonly NamedReference[], before: readonly NamedReference[]): NamedReference[] {
  const known = new Set(before.map(identity));
  return after.filter((reference) => !known.has(identity(reference)));
}

const identity = (reference: NamedReference) => `${reference.typename} ${JSON.stringify(reference.key)}`;
