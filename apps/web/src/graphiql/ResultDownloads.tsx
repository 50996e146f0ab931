import { useGraphiQL } from '@graphiql/react';
import { useMemo } from 'react';
import { resultTable, toCsv } from './table';

/** Saves text as a file the browser downloads. */
function download(fileName: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser reads the blob after this task; a minute is ample and frees it in the end.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function parsed(response: string | null | undefined): unknown {
  if (!response) return undefined;
  try {
    return JSON.parse(response);
  } catch {
    return undefined;
  }
}

/**
 * Under the result: download it as JSON, or its first list (a connection's nodes) as CSV with
 * one column per leaf field (`place.name`). Offered once a result with `data` is there.
 */
export function ResultDownloads() {
  const response = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.response);
  const operationName = useGraphiQL((state) => state.operationName);
  const result = useMemo(() => parsed(response), [response]);
  const table = useMemo(() => resultTable(result), [result]);
  const hasData = typeof result === 'object' && result !== null && 'data' in result;
  if (!hasData || !response) return null;
  const name = operationName || 'result';

  return (
    <div className="result-downloads">
      <span>Download</span>
      <button type="button" onClick={() => download(`${name}.json`, 'application/json', response)} aria-label="Download the result as JSON">
        JSON
      </button>
      <button
        type="button"
        disabled={!table}
        title={table ? `${table.path}: ${table.rows.length} rows, ${table.columns.length} columns` : 'The result holds no list'}
        // A byte order mark, so spreadsheets read the names (Душанбе, Хорог) as UTF-8.
        onClick={() => table && download(`${name}.csv`, 'text/csv;charset=utf-8', `\uFEFF${toCsv(table)}`)}
        aria-label="Download the result as CSV"
      >
        CSV{table ? ` (${table.path})` : ''}
      </button>
    </div>
  );
}
