import { conflict, notFound, type Current } from '@pamir/server';

// Small pieces the mutation resolvers share: they keep each resolver a plain call of performWrite.

/** What a write's `validate` step checked, kept for its `apply` step (which only runs after it). */
export class Checked<T> {
  #value: T | undefined;

  set(value: T): T {
    this.#value = value;
    return value;
  }

  get value(): T {
    if (this.#value === undefined) throw new Error('a write was applied before its input was checked');
    return this.#value;
  }
}

/**
 * The state an update's patch applies to, as the caller read it. Missing or changed since is
 * refused before the patch is checked, so a stale caller hears CONFLICT rather than about fields.
 */
export function startingPoint<T>(
  current: Current<T> | undefined,
  recordType: string,
  id: string,
  version: number,
): T {
  if (!current) throw notFound(`${recordType} ${id} does not exist`);
  if (current.version !== version) {
    throw conflict(
      `${recordType} ${id} is at version ${current.version}, not ${version}: someone changed it since you read it`,
      current.version,
    );
  }
  return current.snapshot;
}

/** The record with the patch's fields laid over it; fields the patch leaves out keep their value. */
export function applyPatch<T extends object>(snapshot: T, patch: object): Record<string, unknown> {
  const given = Object.entries(patch).filter(([, value]) => value !== undefined);
  return { ...snapshot, ...Object.fromEntries(given) };
}
