// A GraphQL result as a table, for the IDE's CSV download: the first list in the result is the
// rows, each row's nested objects become dotted columns (`place.name`), and a list inside a row
// becomes one cell per leaf with its values joined. Pure: no DOM, no GraphiQL.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Table {
  /** Where the rows were found, dotted from `data`: `securityEvents.nodes`, `country.agreements`. */
  path: string;
  columns: string[];
  rows: string[][];
}

/** How a list's values share one cell. */
export const listSeparator = '; ';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rows a result offers: the first list met walking `data` depth first through single
 * objects. A connection counts as its list: its `nodes`, or its `edges`' `node`s.
 */
function findRows(value: Json, path: string[]): { path: string[]; rows: Json[] } | undefined {
  if (Array.isArray(value)) {
    const edges = path.at(-1) === 'edges' && value.every((item) => isObject(item) && 'node' in item);
    return edges ? { path: [...path, 'node'], rows: value.map((edge) => (edge as JsonObject).node ?? null) } : { path, rows: value };
  }
  if (!isObject(value)) return undefined;
  for (const [key, field] of Object.entries(value)) {
    const found = findRows(field, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** One row's cells by dotted column name; lists of values join into one cell. */
function flatten(value: Json, column: string, cells: Map<string, string[]>): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, column, cells);
    return;
  }
  if (isObject(value)) {
    for (const [key, field] of Object.entries(value)) flatten(field, column ? `${column}.${key}` : key, cells);
    return;
  }
  // A null keeps its place, so a list's cells line up across columns (`a; ; c`).
  cells.set(column, [...(cells.get(column) ?? []), value === null ? '' : String(value)]);
}

/** The result's first list as a table, or undefined when it holds no list. */
export function resultTable(result: unknown): Table | undefined {
  if (!isObject(result) || !isObject(result.data)) return undefined;
  const found = findRows(result.data, []);
  if (!found) return undefined;
  const seen = new Set<string>();
  const rowCells = found.rows.map((row) => {
    const cells = new Map<string, string[]>();
    // A list of plain values is one column named after the list; a null row has no cells.
    if (row !== null) flatten(row, isObject(row) ? '' : (found.path.at(-1) ?? 'value'), cells);
    for (const column of cells.keys()) seen.add(column);
    return cells;
  });
  // A null object (`place: null`) reads as a column of its own; where other rows show its fields
  // (`place.name`), those are the columns.
  const columns = [...seen].filter((column) => ![...seen].some((other) => other.startsWith(`${column}.`)));
  return {
    path: found.path.join('.'),
    columns,
    rows: rowCells.map((cells) => columns.map((column) => (cells.get(column) ?? []).join(listSeparator))),
  };
}

/** RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [table.columns, ...table.rows].map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
