import type { ReactNode } from 'react';
import { Citations } from '../../components/Citations';
import type { CitationFieldsFragment } from '../../generated/graphql';
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

/** The page itself: what kind of entity, its name, and the note that one request fills it. */
export function EntityArticle({ eyebrow, name, children }: { eyebrow: string; name: string | undefined; children: ReactNode }) {
  return (
    <article className="entity">
      <p className="eyebrow">{eyebrow}</p>
      <h1>{name}</h1>
      <p className="federation-note">This page is one GraphQL request, answered together by the reference, security, diplomacy and energy subgraphs.</p>
      {children}
    </article>
  );
}

/** The reference subgraph's part: what the page shows of the entity itself, then its sources. */
export function AboutSection({
  title = 'About',
  citations,
  failed,
  children,
}: {
  title?: string;
  /** Undefined while the part did not load. */
  citations: readonly CitationFieldsFragment[] | undefined;
  failed: readonly Part[];
  children: ReactNode;
}) {
  return (
    <SubgraphSection part="reference" title={title} failed={failed}>
      {children}
      {citations ? <Citations citations={citations} /> : null}
    </SubgraphSection>
  );
}

/** What only each subgraph answers of a country's four aliases (the country page, the overview). */
export function countryAnswers(
  data:
    | {
        reference?: unknown;
        security?: { securityEvents?: unknown; militaryFacilities?: unknown } | null;
        diplomacy?: { agreements?: unknown; engagements?: unknown } | null;
        energy?: { energyProjects?: unknown; energyTargets?: unknown } | null;
      }
    | undefined,
): Record<Part, readonly unknown[]> {
  return {
    reference: [data?.reference],
    security: [data?.security?.securityEvents, data?.security?.militaryFacilities],
    diplomacy: [data?.diplomacy?.agreements, data?.diplomacy?.engagements],
    energy: [data?.energy?.energyProjects, data?.energy?.energyTargets],
  };
}
