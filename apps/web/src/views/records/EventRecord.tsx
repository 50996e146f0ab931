import { useQuery } from '@apollo/client/react';
import { CountryLink, LinkList, OrganizationLink, PlaceLink } from '../../components/EntityLinks';
import { graphql } from '../../generated';
import { Claims } from '../../components/Claims';
import { formatRange, label } from '../../lib/format';
import { qualified, qualifiedDate, range } from '../../lib/qualifiers';
import { RecordArticle, RecordShell, type RecordProps } from './RecordShell';

const EventRecordQuery = graphql(`
  query EventRecord($id: ID!) {
    securityEvent(id: $id) {
      ...EventRow
      ...EventDetail
      summary
      disorderType
      place {
        admin1
      }
      actors {
        actorType
      }
      fatalitiesQualifier
      fatalitiesLow
      fatalitiesHigh
      forceSize
      forceSizeQualifier
      status
      dateQualifier
      placePrecision
      claims {
        ...ClaimFields
      }
      civilianTargeting
      tags
    }
  }
`);

export function EventRecord({ id, level = 1 }: RecordProps) {
  const { data, loading, error } = useQuery(EventRecordQuery, { variables: { id } });
  return (
    <RecordShell what="security event" id={id} loading={loading} error={error} record={data?.securityEvent}>
      {(event) => (
        <RecordArticle
          eyebrow="Security event"
          title={event.title}
          level={level}
          summary={event.summary}
          citations={event.citations}
          facts={[
            ['When', qualifiedDate(formatRange(event.date, event.dateEnd, event.datePrecision), event.dateQualifier)],
            ['Status', event.status === 'REPORTED' ? null : label(event.status)],
            ['Where', <><PlaceLink place={event.place} />{event.place?.admin1 ? `, ${event.place.admin1}` : ''}, <CountryLink country={event.country} />{event.placePrecision && event.placePrecision !== 'EXACT' ? <span className="muted"> ({label(event.placePrecision).toLowerCase()})</span> : null}</>],
            ['Type', `${label(event.eventType)}: ${label(event.subEventType)} (${label(event.disorderType)})`],
            ['Actors', <LinkList items={event.actors} render={(actor) => <><OrganizationLink organization={actor.organization} /> <span className="muted">({label(actor.role)}, {label(actor.actorType).toLowerCase()})</span></>} />],
            ['Fatalities', [qualified(event.fatalities, event.fatalitiesQualifier) ?? 'not reported', range(event.fatalitiesLow, event.fatalitiesHigh)].filter(Boolean).join(', range ')],
            ['Force size', qualified(event.forceSize, event.forceSizeQualifier)],
            ['Civilians targeted', event.civilianTargeting ? 'yes' : 'no'],
            ['Tags', event.tags.join(', ')],
          ]}
        >
          <Claims claims={event.claims} />
        </RecordArticle>
      )}
    </RecordShell>
  );
}
