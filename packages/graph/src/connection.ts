import { badInput } from './errors.js';

/** The contract's page size limits. */
export const maxPageSize = 100;
export const defaultPageSize = 20;

/** A validated request for one page: how many rows, after which sort key. */
export interface PageRequest {
  first: number;
  after: unknown[] | undefined;
}

/** Checks `first` and `after` and decodes the cursor; errors name the argument. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput('first', `first must be between 0 and ${maxPageSize}; got ${first}`);
  }
  return { first, after: args.after == null ? undefined : decodeCursor(args.after) };
}

/** Cursors are opaque to clients: base64url of the row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'after is not a cursor this list gave out');
}

/** A Relay connection as the SDL describes it; `totalCount` is only counted when asked for. */
export interface Connection<T> {
  totalCount: () => Promise<number>;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Builds a connection from up to `first + 1` rows (the extra one only says that more follow).
 */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  sortKey: (row: T) => unknown[],
  count: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    totalCount: () => (counted ??= count()),
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
