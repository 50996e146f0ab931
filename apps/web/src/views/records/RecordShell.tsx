import type { ReactNode } from 'react';
import { Citations } from '../../components/Citations';
import { LinkList } from '../../components/EntityLinks';
import { Facts, Heading } from '../../components/Heading';
import { ErrorNotice, Loading } from '../../components/QueryState';
import { graphql } from '../../generated';
import type { CitationFieldsFragment } from '../../generated/graphql';
import { Link } from '../../router';

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

/** How a record view is placed: on its own page (h1) or in the map's panel (h2). */
export interface RecordProps {
  id: string;
  level?: 1 | 2;
}

/**
 * One record as every record view shows it: what kind, its title, its summary, its facts (rows
 * with no value left out), whatever is its own, and its sources last.
 */
export function RecordArticle({
  eyebrow,
  title,
  level,
  summary,
  facts,
  citations,
  children,
}: {
  eyebrow: string;
  title: string;
  level: 1 | 2;
  summary: string | null | undefined;
  facts: [string, ReactNode][];
  citations: readonly CitationFieldsFragment[];
  children?: ReactNode;
}) {
  return (
    <article className="record">
      <p className="eyebrow">{eyebrow}</p>
      <Heading level={level}>{title}</Heading>
      {summary ? <p>{summary}</p> : null}
      <Facts rows={facts} />
      {children}
      <Citations citations={citations} />
    </article>
  );
}

/** What a record page lists of the agreements it is tied to. */
export const AgreementLinkFields = graphql(`
  fragment AgreementLinkFields on Agreement {
    id
    title
    status
  }
`);

/** The agreements a record is tied to, each a link, or null (no Facts row) when there are none. */
export function agreementLinks(agreements: readonly { id: string; title: string }[]): ReactNode {
  return agreements.length ? <LinkList items={agreements} render={(a) => <Link href={`/agreements/${a.id}`}>{a.title}</Link>} /> : null;
}
