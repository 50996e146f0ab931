import { CitationsDisclosure } from '../../components/Citations';
import { PlaceLink } from '../../components/EntityLinks';
import { PagedSection, type Paged } from '../../components/PagedSection';
import { RecordTable } from '../../components/RecordTable';
import type { EngagementsPageQuery } from '../../generated/graphql';
import { formatRange, label } from '../../lib/format';
import { Link } from '../../router';
import { PartyLabel } from '../records/parties';

export function EngagementsSection({ page }: { page: Paged<EngagementsPageQuery> }) {
  return (
    <PagedSection id="engagements-heading" title="Engagements" what="engagements" connection={page.data?.engagements} page={page}>
      {(connection) => (
        <RecordTable
          caption="Visits, meetings, calls and summits with who took part, newest first"
          columns={['When', 'Engagement', 'Kind', 'Place', 'Participants', 'Sources']}
        >
          {connection.nodes.map((engagement) => (
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
        </RecordTable>
      )}
    </PagedSection>
  );
}
