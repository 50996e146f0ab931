import { useQuery } from '@apollo/client/react';
import { Citations } from '../../components/Citations';
import { CountryLink, LinkList, OrganizationLink, PlaceLink } from '../../components/EntityLinks';
import { Facts, Heading } from '../../components/Heading';
import { graphql } from '../../generated';
import { formatRange, label } from '../../lib/format';
import { RecordShell } from './RecordShell';

const EventRecordQuery = graphql(`
  query EventRecord($id: ID!) {
    securityEvent(id: $id) {
      id
      title
      summary
      date
      dateEnd
      datePrecision
      disorderType
      eventType
      subEventType
      country {
        code
        name
      }
      place {
        id
        name
        admin1
      }
      actors {
        role
        actorType
        organization {
          id
          name
        }
      }
      fatalities
      civilianTargeting
      tags
      citations {
        ...CitationFields
      }
    }
  }
`);

export function EventRecord({ id, level = 1 }: { id: string; level?: 1 | 2 }) {
  const { data, loading, error } = useQuery(EventRecordQuery, { variables: { id } });
  return (
    <RecordShell what="security event" id={id} loading={loading} error={error} record={data?.securityEvent}>
      {(event) => (
        <article className="record">
          <p className="eyebrow">Security event</p>
          <Heading level={level}>{event.title}</Heading>
          <p>{event.summary}</p>
          <Facts
            rows={[
              ['When', formatRange(event.date, event.dateEnd, event.datePrecision)],
              ['Where', <><PlaceLink place={event.place} />{event.place?.admin1 ? `, ${event.place.admin1}` : ''}, <CountryLink country={event.country} /></>],
              ['Type', `${label(event.eventType)}: ${label(event.subEventType)} (${label(event.disorderType)})`],
              ['Actors', <LinkList items={event.actors} render={(actor) => <><OrganizationLink organization={actor.organization} /> <span className="muted">({label(actor.role)}, {label(actor.actorType).toLowerCase()})</span></>} />],
              ['Fatalities', event.fatalities ?? 'not reported'],
              ['Civilians targeted', event.civilianTargeting ? 'yes' : 'no'],
              ['Tags', event.tags.join(', ')],
            ]}
          />
          <Citations citations={event.citations} />
        </article>
      )}
    </RecordShell>
  );
}
