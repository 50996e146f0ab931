import { RecordTable } from '../../components/RecordTable';
import { CitationsDisclosure } from '../../components/Citations';
import { CountryLink, LinkList, OrganizationLink, PlaceLink } from '../../components/EntityLinks';
import type { SecurityEventsPageQuery } from '../../generated/graphql';
import { formatRange, label } from '../../lib/format';
import { Link } from '../../router';

type Event = NonNullable<SecurityEventsPageQuery['securityEvents']>['nodes'][number];

export function EventsTable({ events, caption }: { events: readonly Event[]; caption: string }) {
  return (
    <RecordTable caption={caption} columns={['Date', 'Event', 'Type', 'Place', 'Actors', { title: 'Fatalities', number: true }, 'Sources']}>
      {events.map((event) => (
        <tr key={event.id}>
          <td className="nowrap">
            <time dateTime={event.date}>{formatRange(event.date, event.dateEnd, event.datePrecision)}</time>
          </td>
          <th scope="row">
            <Link href={`/events/${event.id}`}>{event.title}</Link>
          </th>
          <td>
            {label(event.eventType)}
            <span className="muted small"> {label(event.subEventType)}</span>
          </td>
          <td>
            <PlaceLink place={event.place} />, <CountryLink country={event.country} />
          </td>
          <td>
            <LinkList items={event.actors} render={(actor) => <OrganizationLink organization={actor.organization} />} />
          </td>
          <td className="number">{event.fatalities ?? '—'}</td>
          <td>
            <CitationsDisclosure citations={event.citations} />
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}
