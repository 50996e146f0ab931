import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { onlyFieldErrors } from '../lib/errors';
import { useCursorPages, type CursorPages } from '../lib/useCursorPages';
import { Pager } from './Pager';
import { EmptyState, ErrorNotice, Loading } from './QueryState';

const pageSize = 10;

/** The variables of a paged list query: the graph's own filter, a page size and a cursor. */
interface PageVariables<F> {
  filter?: F | null;
  first: number;
  after?: string | null;
}

/** One page of a list for a filter, with the cursors to move between pages; a new filter starts at page one. */
export function usePagedQuery<D, F>(query: TypedDocumentNode<D, PageVariables<F>>, filter: NoInfer<F>) {
  const pages = useCursorPages(pageSize, JSON.stringify(filter));
  const variables: PageVariables<F> = { filter, first: pageSize, after: pages.after };
  const result = useQuery(query, { variables });
  return { ...result, pages };
}

/** What a section needs of usePagedQuery's answer. */
export interface Paged<D> {
  data?: D | undefined;
  loading: boolean;
  error?: unknown;
  pages: CursorPages;
}

interface Connection {
  totalCount: number;
  nodes: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A section showing one paged list: its heading with the count, loading, a failure (a refused filter
 * is said by its field instead), no rows, or the rows and a pager.
 */
export function PagedSection<C extends Connection>({
  id,
  title,
  what,
  connection,
  page,
  filterNote,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: string;
  /** The records as messages name them: "energy projects". */
  what: string;
  connection: C | null | undefined;
  page: Paged<unknown>;
  /** Said when only the filter was refused, beside the field's own message. */
  filterNote?: string;
  children: (connection: C) => ReactNode;
}) {
  const { loading, error, pages } = page;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {connection ? ` (${connection.totalCount})` : ''}
      </h2>
      {loading && !connection ? <Loading what={what} /> : null}
      {error && !connection && !onlyFieldErrors(error) ? <ErrorNotice error={error} what={what} /> : null}
      {error && !connection && filterNote && onlyFieldErrors(error) ? <p className="notice warning">{filterNote}</p> : null}
      {connection?.totalCount === 0 ? <EmptyState>No {what} match these filters.</EmptyState> : null}
      {connection && connection.nodes.length > 0 ? (
        <>
          {children(connection)}
          <Pager label={capitalised(what)} pages={pages} connection={connection} />
        </>
      ) : null}
    </section>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
