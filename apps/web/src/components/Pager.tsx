import type { CursorPages } from '../lib/useCursorPages';

/** What the pager needs of a connection: how many rows came, how many there are, what follows. */
interface PagedConnection {
  totalCount: number;
  nodes: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Previous/next over a connection's cursors, with where the reader is in the whole list. */
export function Pager({
  label,
  pages,
  connection,
}: {
  label: string;
  pages: CursorPages;
  connection: PagedConnection;
}) {
  const { totalCount: total, nodes, pageInfo } = connection;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <p aria-live="polite">
        {total === 0 ? 'No rows' : `Showing ${pages.offset + 1}–${pages.offset + nodes.length} of ${total}`}
      </p>
      <div className="pager-buttons">
        <button type="button" onClick={pages.previous} disabled={!pages.hasPrevious}>
          Previous page
        </button>
        <button
          type="button"
          onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}
          disabled={!pageInfo.hasNextPage}
        >
          Next page
        </button>
      </div>
    </nav>
  );
}
