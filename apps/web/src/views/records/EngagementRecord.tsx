import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { LinkList, PlaceLink } from '../../components/EntityLinks';
import { Facts, Heading } from '../../components/Heading';
import { graphql } from '../../generated';
import { formatRange, label } from '../../lib/format';
import { qualifiedDate } from '../../lib/qualifiers';
import { Link } from '../../router';
import { RecordShell } from './RecordShell';
import { PartyLabel } from './parties';

const EngagementRecordQuery = graphql(`
  query EngagementRecord($id: ID!) {
    engagement(id: $id) {
      ...EngagementRow
      summary
      cameoCode
      dateQualifier
      status
      ...EngagementDetail
      agreements {
        id
        title
        status
      }
    }
  }
`);

export function EngagementRecord({ id, level = 1 }: { id: string; level?: 1 | 2 }) {
  const { data, loading, error } = useQuery(EngagementRecordQuery, { variables: { id } });
  return (
    <RecordShell what="engagement" id={id} loading={loading} error={error} record={data?.engagement}>
      {(engagement) => (
        <article className="record">
          <p className="eyebrow">Diplomatic engagement</p>
          <Heading level={level}>{engagement.title}</Heading>
          {engagement.summary ? <p>{engagement.summary}</p> : null}
          <Facts
            rows={[
              ['Kind', `${label(engagement.kind)} (CAMEO ${engagement.cameoCode})`],
              ['When', qualifiedDate(formatRange(engagement.startDate, engagement.endDate, engagement.datePrecision), engagement.dateQualifier)],
              ['Status', engagement.status === 'REPORTED' ? null : `${label(engagement.status)}: not reported as having taken place`],
              ['Where', engagement.place ? <PlaceLink place={engagement.place} /> : null],
              [
                'Participants',
                <ul className="plain">
                  {engagement.participants.map((participant, i) => (
                    <li key={i}>
                      <PartyLabel party={participant} /> <span className="muted">({label(participant.role).toLowerCase()})</span>
                    </li>
                  ))}
                </ul>,
              ],
              ['Agreements', engagement.agreements.length ? <LinkList items={engagement.agreements} render={(a) => <Link href={`/agreements/${a.id}`}>{a.title}</Link>} /> : null],
            ]}
          />
          <Citations citations={engagement.citations} />
        </article>
      )}
    </RecordShell>
  );
}
