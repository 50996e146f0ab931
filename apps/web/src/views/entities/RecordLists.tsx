import type { ReactNode } from 'react';
import { CitationsDisclosure } from '../../components/Citations';
import { Roles } from '../../components/Roles';
import type {
  InvolvementFieldsFragment,
  AgreementRowFragment,
  EngagementRowFragment,
  EventRowFragment,
  FacilityRowFragment,
  ProjectRowFragment,
} from '../../generated/graphql';
import { formatDate, formatMw, label } from '../../lib/format';
import { Link } from '../../router';

/** A record listed for an entity's page may say how the entity takes part in it. */
type Involved = { involvement?: readonly InvolvementFieldsFragment[] };

/**
 * A titled list of records with a count, an empty state, and a link to the full filtered view; a
 * record asked with `involvement(of:)` shows the roles `involved` (the page's entity) plays in it.
 */
function RecordList<T extends { id: string } & Involved>({
  title,
  items,
  total,
  more,
  empty,
  involved,
  render,
}: {
  title: string;
  items: readonly T[];
  total?: number | undefined;
  more?: { href: string; label: string } | undefined;
  empty: string;
  involved?: string | undefined;
  render: (item: T) => ReactNode;
}) {
  const count = total ?? items.length;
  return (
    <div className="record-list">
      <h3>
        {title} <span className="count-badge">{count}</span>
      </h3>
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {render(item)}
              {item.involvement && involved ? <Roles involvement={item.involvement} of={involved} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{empty}</p>
      )}
      {more && count > items.length ? (
        <p>
          <Link href={more.href}>{more.label}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** The records to list: a connection as the graph gives it (null when its subgraph did not answer), or the rows picked from one. */
type ListProps<T> = {
  of?: { nodes: readonly (T & Involved)[]; totalCount: number } | null | undefined;
  items?: readonly (T & Involved)[];
  more?: { href: string; label: string } | undefined;
  title?: string;
  /** The name of the entity whose roles the records carry. */
  involved?: string | undefined;
};

export function EventList({ of, items = of?.nodes ?? [], more, title = 'Security events', involved }: ListProps<EventRowFragment>) {
  return (
    <RecordList title={title} items={items} total={of?.totalCount} more={more} involved={involved} empty="No security events recorded." render={(event) => (
      <>
        <time dateTime={event.date}>{formatDate(event.date, event.datePrecision)}</time> <Link href={`/events/${event.id}`}>{event.title}</Link>{' '}
        <span className="muted small">
          {label(event.eventType)}
          {event.fatalities ? `, ${event.fatalities} killed` : ''}
        </span>
        <CitationsDisclosure citations={event.citations} />
      </>
    )} />
  );
}

export function FacilityList({ of, items = of?.nodes ?? [], more, title = 'Military facilities', involved }: ListProps<FacilityRowFragment>) {
  return (
    <RecordList title={title} items={items} total={of?.totalCount} more={more} involved={involved} empty="No military facilities recorded." render={(facility) => (
      <>
        <Link href={`/facilities/${facility.id}`}>{facility.name}</Link>{' '}
        <span className="muted small">
          {label(facility.kind)}, {label(facility.status).toLowerCase()}
        </span>
        <CitationsDisclosure citations={facility.citations} />
      </>
    )} />
  );
}

export function AgreementList({ of, items = of?.nodes ?? [], more, title = 'Agreements', involved }: ListProps<AgreementRowFragment>) {
  return (
    <RecordList title={title} items={items} total={of?.totalCount} more={more} involved={involved} empty="No agreements recorded." render={(agreement) => (
      <>
        {agreement.signedOn ? <time dateTime={agreement.signedOn}>{formatDate(agreement.signedOn, agreement.datePrecision)}</time> : null}{' '}
        <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{' '}
        <span className="muted small">
          {label(agreement.instrumentType)}, {label(agreement.status).toLowerCase()}
        </span>
        <CitationsDisclosure citations={agreement.citations} />
      </>
    )} />
  );
}

export function EngagementList({ of, items = of?.nodes ?? [], more, title = 'Engagements', involved }: ListProps<EngagementRowFragment>) {
  return (
    <RecordList title={title} items={items} total={of?.totalCount} more={more} involved={involved} empty="No engagements recorded." render={(engagement) => (
      <>
        <time dateTime={engagement.startDate}>{formatDate(engagement.startDate, engagement.datePrecision)}</time>{' '}
        <Link href={`/engagements/${engagement.id}`}>{engagement.title}</Link> <span className="muted small">{label(engagement.kind)}</span>
        <CitationsDisclosure citations={engagement.citations} />
      </>
    )} />
  );
}

export function ProjectList({ of, items = of?.nodes ?? [], more, title = 'Energy projects', involved }: ListProps<ProjectRowFragment>) {
  return (
    <RecordList title={title} items={items} total={of?.totalCount} more={more} involved={involved} empty="No energy projects recorded." render={(project) => (
      <>
        <Link href={`/projects/${project.id}`}>{project.name}</Link>{' '}
        <span className="muted small">
          {formatMw(project.capacityMw)}, {label(project.status).toLowerCase()}
          {project.technologies.length ? `, ${project.technologies.map(label).join(', ')}` : ''}
        </span>
        <CitationsDisclosure citations={project.citations} />
      </>
    )} />
  );
}
