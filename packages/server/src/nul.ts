/**
 * True when a request carries the NUL character anywhere a value could take it: in a variable,
 * or in the query text, raw or as a GraphQL escape (`\u0000`). No Pamir record can hold it
 * (Postgres text cannot), so it is refused at the door instead of failing deep in a query.
 */
export function carriesNul(body: unknown, search: URLSearchParams): boolean {
  for (const value of search.values()) if (holds(value)) return true;
  return holds(body);
}

const escapedNul = /\\u0000|\\u\{0+\}/;

function holds(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0') || escapedNul.test(value);
  if (Array.isArray(value)) return value.some(holds);
  if (value && typeof value === 'object') return Object.values(value).some(holds);
  return false;
}
