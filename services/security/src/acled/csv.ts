import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { acledColumns, type AcledColumn, type AcledRow } from './format.js';

/** A row the import turns down, and why: the line it starts on, and the column at fault if one is. */
export interface Rejection {
  line: number;
  eventIdCnty: string | null;
  column: AcledColumn | null;
  reason: string;
}

/** A data row of the file, with the line it starts on (the header is line 1). */
export interface NumberedRow {
  line: number;
  row: AcledRow;
}

/** A file the import cannot read at all: no rows are taken from it. */
export class AcledFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/**
 * Reads an ACLED export: the header must name every ACLED column (in any order; other columns are
 * ignored); a row with the wrong number of cells is turned down with its line number.
 */
export function readAcledCsv(text: string): { rows: NumberedRow[]; rejections: Rejection[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new AcledFileError(
      `the file is not valid CSV: ${(error as Error).message}`,
      typeof line === 'number' ? line : null,
    );
  }
  const [header, ...body] = records;
  if (!header) throw new AcledFileError('the file is empty: an ACLED export starts with its header row', 1);
  const names = header.record.map((name) => name.trim());
  const missing = acledColumns.filter((column) => !names.includes(column));
  if (missing.length) {
    throw new AcledFileError(`the header lacks ACLED's columns ${missing.join(', ')}`, 1);
  }
  const rows: NumberedRow[] = [];
  const rejections: Rejection[] = [];
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a quoted cell may span several lines.
    const line =
      info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const cells = Object.fromEntries(names.map((name, i) => [name, record[i]])) as Record<
      string,
      string | undefined
    >;
    if (record.length !== names.length) {
      rejections.push({
        line,
        eventIdCnty: cells['event_id_cnty']?.trim() || null,
        column: null,
        reason: `the row has ${record.length} cells; the header has ${names.length}`,
      });
      continue;
    }
    rows.push({
      line,
      row: Object.fromEntries(acledColumns.map((column) => [column, cells[column] ?? ''])) as AcledRow,
    });
  }
  return { rows, rejections };
}

/** Writes rows as an ACLED export: the header, then one line per row, quoting where CSV needs it. */
export function writeAcledCsv(rows: readonly AcledRow[]): string {
  return stringify(
    rows.map((row) => acledColumns.map((column) => row[column])),
    { header: true, columns: [...acledColumns], record_delimiter: '\n' },
  );
}
