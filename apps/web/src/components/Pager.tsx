/** Previous/next over a connection's cursors, with where the reader is in the whole list. */
export function Pager({
  label,
  offset,
  shown,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  offset: number;
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <p aria-live="polite">
        {total === 0 ? 'No rows' : `Showing ${offset + 1}–${offset + shown} of ${total}`}
      </p>
      <div className="pager-buttons">
        <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
          Previous page
        </button>
        <button type="button" onClick={onNext} disabled={!hasNext}>
          Next page
        </button>
      </div>
    </nav>
  );
}
