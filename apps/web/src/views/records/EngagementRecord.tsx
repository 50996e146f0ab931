import { useQuery } from '@apollo/client/react';
import { PlaceLink } from '../../components/EntityLinks';
import { graphql } from '../../generated';
import { formatRange, label } from '../../lib/format';
import { qualifiedDate } from '../../lib/qualifiers';
import { agreementLinks, RecordArticle, RecordShell, type RecordProps } from './RecordShell';
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
        ...AgreementLinkFields
      }
    }
  }
`);

export function EngagementRecord({ id, level = 1 }: RecordProps) {
  const { data, loading, error } = useQuery(EngagementRecordQuery, { variables: { id } });
  return (
    <RecordShell what="engagement" id={id} loading={loading} error={error} record={data?.engagement}>
      {(engagement) => (
        <RecordArticle
          eyebrow="Diplomatic engagement"
          title={engagement.title}
          level={level}
          summary={engagement.summary}
          citations={engagement.citations}
          facts={[
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
            ['Agreements', agreementLinks(engagement.agreements)],
          ]}
        />
      )}
    </RecordShell>
  );
}
