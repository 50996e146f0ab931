import type { CitationFieldsFragment } from '../generated/graphql';
import { formatDate, plural } from '../lib/format';

/** Each source of a record: publisher, date and title, with the words it is quoted for. */
export function Citations({ citations, heading = 'Sources' }: { citations: readonly CitationFieldsFragment[]; heading?: string }) {
  if (!citations.length) return <p className="muted">No sources recorded.</p>;
  return (
    <section className="citations" aria-label={heading}>
      <h3 className="citations-heading">{heading}</h3>
      <CitationList citations={citations} />
    </section>
  );
}

/** For table cells: the count, opening to the full citations. */
export function CitationsDisclosure({ citations }: { citations: readonly CitationFieldsFragment[] }) {
  if (!citations.length) return <span className="muted">none</span>;
  const publishers = [...new Set(citations.map((c) => c.source.publisher))].join(', ');
  return (
    <details className="citations-disclosure">
      <summary>
        {plural(citations.length, 'source')}: {publishers}
      </summary>
      <CitationList citations={citations} />
    </details>
  );
}

function CitationList({ citations }: { citations: readonly CitationFieldsFragment[] }) {
  return (
    <ol className="citation-list">
      {citations.map((citation, i) => (
        <li key={`${citation.source.id}-${i}`}>
          <blockquote>“{citation.quote}”</blockquote>
          <p className="citation-source">
            <span className="publisher">{citation.source.publisher}</span>,{' '}
            <time dateTime={citation.source.publishedOn}>{formatDate(citation.source.publishedOn, citation.source.datePrecision)}</time>:{' '}
            {citation.source.url ? (
              <a href={citation.source.url} rel="noreferrer noopener" target="_blank">
                {citation.source.title}
              </a>
            ) : (
              <cite>{citation.source.title}</cite>
            )}
          </p>
          {citation.note ? <p className="citation-note">Note: {citation.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
