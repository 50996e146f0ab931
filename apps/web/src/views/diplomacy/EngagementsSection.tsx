import { useQuery } from '@apollo/client/react';
import { CitationsDisclosure } from '../../components/Citations';
import { PlaceLink } from '../../components/EntityLinks';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import type { EngagementFilter } from '../../generated/graphql';
import { onlyFieldErrors } from '../../lib/errors';
import { formatRange, label } from '../../lib/format';
import { useCursorPages } from '../../lib/useCursorPages';
import { Link } from '../../router';
import { PartyLabel } from '../records/parties';
import { EngagementsPageQuery } from './queries';

const pageSize = 10;

/** One page of engagements for a filter, with the cursors to move between pages. */
export function useEngagementsPage(filter: EngagementFilter) {
  const pages = useCursorPages(pageSize, JSON.stringify(filter));
  const result = useQuery(EngagementsPageQuery, { variables: { filter, first: pageSize, after: pages.after } });
  return { ...result, pages };
}

export function EngagementsSection({ page }: { page: ReturnType<typeof useEngagementsPage> }) {
  const { data, loading, error, pages } = page;
  const connection = data?.engagements;
  return (
    <section aria-labelledby="engagements-heading">
      <h2 id="engagements-heading">Engagements{connection ? ` (${connection.totalCount})` : ''}</h2>
      {loading && !connection ? <Loading what="engagements" /> : null}
      {error && !connection && !onlyFieldErrors(error) ? <ErrorNotice error={error} what="engagements" /> : null}
      {connection?.totalCount === 0 ? <EmptyState>No engagements match these filters.</EmptyState> : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="records">
              <caption>Visits, meetings, calls and summits with who took part, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Engagement</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Place</th>
                  <th scope="col">Participants</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: engagement }) => (
                  <tr key={engagement.id}>
                    <td className="nowrap">
                      <time dateTime={engagement.startDate}>{formatRange(engagement.startDate, engagement.endDate, engagement.datePrecision)}</time>
                    </td>
                    <th scope="row">
                      <Link href={`/engagements/${engagement.id}`}>{engagement.title}</Link>
                    </th>
                    <td>{label(engagement.kind)}</td>
                    <td>
                      <PlaceLink place={engagement.place} />
                    </td>
                    <td>
                      <ul className="plain">
                        {engagement.participants.map((participant, i) => (
                          <li key={i}>
                            <PartyLabel party={participant} /> <span className="muted small">({label(participant.role).toLowerCase()})</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <CitationsDisclosure citations={engagement.citations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Engagements" pages={pages} connection={connection} />
        </>
      ) : null}
    </section>
  );
}
