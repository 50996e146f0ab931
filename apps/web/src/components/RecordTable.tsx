import type { ReactNode } from 'react';

/** A column heading; `number` right-aligns it as its figures are. */
export type Column = string | { title: string; number: true };

/**
 * A table of records (events, agreements, map markers): a caption, column headings, the rows.
 * `plain` drops the records styling and shows the caption to screen readers only.
 */
export function RecordTable({ caption, columns, plain = false, children }: { caption: string; columns: readonly Column[]; plain?: boolean; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={plain ? undefined : 'records'}>
        <caption className={plain ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.title} scope="col" className="number">
                  {column.title}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
