import type { ReactNode } from 'react';
import { MissingSection, PartialNotice, type Part } from '../../components/PartialNotice';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { describeError, failedParts } from '../../lib/errors';

/**
 * An entity page: one request whose parts come from different subgraphs. Shows the parts that
 * loaded, says which did not, and tells "no such entity" apart from "the graph is down".
 * `answers` names, for each part, what only its subgraph answers (see lib/errors.ts failedParts).
 */
export function EntityShell<Data extends Partial<Record<Part, unknown>>>({
  what,
  id,
  data,
  loading,
  error,
  answers,
  children,
}: {
  what: string;
  id: string;
  data: Data | undefined;
  loading: boolean;
  error: unknown;
  answers: Record<Part, readonly unknown[]>;
  children: (data: Data, failed: readonly Part[]) => ReactNode;
}) {
  if (loading && !data) return <Loading what={`the ${what}`} />;
  const failed = failedParts(error, answers);
  if (!data || data.reference === null || data.reference === undefined) {
    if (error) return <ErrorNotice error={error} what={`the ${what}`} />;
    return (
      <p className="empty" role="status">
        The graph has no {what} “{id}”.
      </p>
    );
  }
  return (
    <>
      <PartialNotice failed={failed} error={error} />
      {error && !failed.length ? (
        <div className="notice warning" role="alert">
          <p>
            <strong>Part of this page did not load.</strong> {describeError(error)}
          </p>
        </div>
      ) : null}
      {children(data, failed)}
    </>
  );
}

/** A page section labelled with the subgraph that answered it: the federation made visible. */
export function SubgraphSection({
  part,
  title,
  failed,
  children,
}: {
  part: Part;
  title: string;
  failed: readonly Part[];
  children: ReactNode;
}) {
  const headingId = `section-${part}`;
  return (
    <section className={`subgraph-section subgraph-${part}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="subgraph-tag">from the {part} subgraph</span>
      </h2>
      {failed.includes(part) ? <MissingSection part={part} /> : children}
    </section>
  );
}
