import { useQuery } from '@apollo/client/react';
import { CitationsDisclosure } from '../../components/Citations';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import type { AgreementFilter } from '../../generated/graphql';
import { onlyFieldErrors } from '../../lib/errors';
import { formatDate, label } from '../../lib/format';
import { useCursorPages } from '../../lib/useCursorPages';
import { Link } from '../../router';
import { PartyLabel } from '../records/parties';
import { AgreementsPageQuery } from './queries';

const pageSize = 10;

/** One page of agreements for a filter, with the cursors to move between pages. */
export function useAgreementsPage(filter: AgreementFilter) {
  const pages = useCursorPages(pageSize, JSON.stringify(filter));
  const result = useQuery(AgreementsPageQuery, { variables: { filter, first: pageSize, after: pages.after } });
  return { ...result, pages };
}

export function AgreementsSection({ page }: { page: ReturnType<typeof useAgreementsPage> }) {
  const { data, loading, error, pages } = page;
  const connection = data?.agreements;
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Agreements{connection ? ` (${connection.totalCount})` : ''}</h2>
      {loading && !connection ? <Loading what="agreements" /> : null}
      {error && !connection && !onlyFieldErrors(error) ? <ErrorNotice error={error} what="agreements" /> : null}
      {connection?.totalCount === 0 ? <EmptyState>No agreements match these filters.</EmptyState> : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="records">
              <caption>Agreements with their parties, signatories and status, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Signed</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Instrument</th>
                  <th scope="col">Status</th>
                  <th scope="col">Parties and signatories</th>
                  <th scope="col">Subjects</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: agreement }) => (
                  <tr key={agreement.id}>
                    <td className="nowrap">{agreement.signedOn ? <time dateTime={agreement.signedOn}>{formatDate(agreement.signedOn, agreement.datePrecision)}</time> : 'not recorded'}</td>
                    <th scope="row">
                      <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                    </th>
                    <td>
                      {label(agreement.instrumentType)} <span className="muted small">{label(agreement.form).toLowerCase()}</span>
                    </td>
                    <td>
                      <span className={`status status-${agreement.status.toLowerCase()}`}>{label(agreement.status)}</span>
                    </td>
                    <td>
                      <ul className="plain">
                        {agreement.parties.map((party, i) => (
                          <li key={i}>
                            <PartyLabel party={party} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{agreement.subjects.map(label).join(', ')}</td>
                    <td>
                      <CitationsDisclosure citations={agreement.citations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Agreements" pages={pages} connection={connection} />
        </>
      ) : null}
    </section>
  );
}
