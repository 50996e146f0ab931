import { CitationsDisclosure } from '../../components/Citations';
import { PagedSection, type Paged } from '../../components/PagedSection';
import { RecordTable } from '../../components/RecordTable';
import type { AgreementsPageQuery } from '../../generated/graphql';
import { formatDate, label } from '../../lib/format';
import { Link } from '../../router';
import { PartyLabel } from '../records/parties';

export function AgreementsSection({ page }: { page: Paged<AgreementsPageQuery> }) {
  return (
    <PagedSection id="agreements-heading" title="Agreements" what="agreements" connection={page.data?.agreements} page={page}>
      {(connection) => (
        <RecordTable
          caption="Agreements with their parties, signatories and status, newest first"
          columns={['Signed', 'Agreement', 'Instrument', 'Status', 'Parties and signatories', 'Subjects', 'Sources']}
        >
          {connection.nodes.map((agreement) => (
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
        </RecordTable>
      )}
    </PagedSection>
  );
}
