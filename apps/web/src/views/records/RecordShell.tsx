import type { ReactNode } from 'react';
import { ErrorNotice, Loading } from '../../components/QueryState';

/** Loading, failure and "no such record" for any single-record view; children render the record. */
export function RecordShell<T>({
  what,
  id,
  loading,
  error,
  record,
  children,
}: {
  what: string;
  id: string;
  loading: boolean;
  error: unknown;
  record: T | null | undefined;
  children: (record: T) => ReactNode;
}) {
  if (loading && !record) return <Loading what={`the ${what}`} />;
  if (record) {
    return (
      <>
        {error ? <ErrorNotice error={error} what={`every part of this ${what}`} /> : null}
        {children(record)}
      </>
    );
  }
  if (error) return <ErrorNotice error={error} what={`the ${what}`} />;
  return (
    <p className="empty" role="status">
      The graph has no {what} with id “{id}”.
    </p>
  );
}
