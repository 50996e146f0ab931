import { ChoiceSelect, enumChoices } from '../../components/ChoiceSelect';
import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { FormLink } from '../../components/Session';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import type { SecurityEventFilter } from '../../generated/graphql';
import { enumValues, oneOf } from '../../lib/enums';
import { fieldErrors, onlyFieldErrors } from '../../lib/errors';
import { plural } from '../../lib/format';
import { useCursorPages } from '../../lib/useCursorPages';
import { useSearchParams } from '../../router';
import { EventsByMonthChart } from './EventsByMonthChart';
import { EventsTable } from './EventsTable';
import { SecurityEventsPageQuery, SecurityFilterOptionsQuery } from './queries';

const pageSize = 10;

/** Security events: filters that are the graph's own filter arguments, a paged table, a chart. */
export function SecurityView() {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) ?? '';
  const eventType = oneOf(enumValues.EventType, params.get('type'));
  const filter: SecurityEventFilter = {
    ...(value('country') ? { countries: [value('country')] } : {}),
    ...(value('from') ? { from: value('from') } : {}),
    ...(value('to') ? { to: value('to') } : {}),
    ...(eventType ? { eventTypes: [eventType] } : {}),
    ...(value('actor') ? { actors: [value('actor')] } : {}),
    ...(value('place') ? { places: [value('place')] } : {}),
    ...(value('q') ? { search: value('q') } : {}),
  };
  const pages = useCursorPages(pageSize, JSON.stringify(filter));
  const { data, loading, error } = useQuery(SecurityEventsPageQuery, {
    variables: { filter, first: pageSize, after: pages.after },
  });
  const options = useQuery(SecurityFilterOptionsQuery);
  const errorsByField = fieldErrors(error);
  const connection = data?.securityEvents;

  return (
    <>
      <div className="page-title">
        <h1>Security events</h1>
        <FormLink href="/security/new">New event</FormLink>
      </div>
      <form className="filters" aria-label="Security event filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Country">
          <CountrySelect value={value('country')} anyLabel="Any country" onChange={(code) => setParams({ country: code })} />
        </Field>
        <Field label="From" error={errorsByField['from']}>
          <input type="date" value={value('from')} onChange={(event) => setParams({ from: event.target.value })} />
        </Field>
        <Field label="To" error={errorsByField['to']}>
          <input type="date" value={value('to')} onChange={(event) => setParams({ to: event.target.value })} />
        </Field>
        <Field label="Event type" error={errorsByField['eventTypes']}>
          <ChoiceSelect value={eventType ?? ''} onChange={(type) => setParams({ type })} none="Any type" choices={enumChoices(enumValues.EventType)} />
        </Field>
        <Field label="Actor" error={errorsByField['actors']}>
          <ChoiceSelect
            value={value('actor')}
            onChange={(actor) => setParams({ actor })}
            none="Any actor"
            choices={options.data?.organizations?.nodes.map((organization) => [organization.id, organization.name])}
          />
        </Field>
        <Field label="Place" error={errorsByField['places']}>
          <ChoiceSelect
            value={value('place')}
            onChange={(place) => setParams({ place })}
            none="Any place"
            choices={options.data?.places?.nodes.map((place) => [place.id, `${place.name} (${place.country.code})`])}
          />
        </Field>
        <Field label="Search" error={errorsByField['search']}>
          <input type="search" value={value('q')} placeholder="words in title or summary" onChange={(event) => setParams({ q: event.target.value })} />
        </Field>
      </form>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events{connection ? ` (${connection.totalCount})` : ''}</h2>
        {loading && !connection ? <Loading what="security events" /> : null}
        {error && !connection && !onlyFieldErrors(error) ? <ErrorNotice error={error} what="security events" /> : null}
        {error && !connection && onlyFieldErrors(error) ? <p className="notice warning">The filter needs fixing before events can be shown (see the message by the field).</p> : null}
        {connection && connection.totalCount === 0 ? <EmptyState>No security events match these filters.</EmptyState> : null}
        {connection && connection.edges.length > 0 ? (
          <>
            <EventsTable edges={connection.edges} caption={`Security events matching the filters, newest first: ${plural(connection.totalCount, 'event')}`} />
            <Pager label="Security events" pages={pages} connection={connection} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Events per month</h2>
        <EventsByMonthChart filter={filter} showErrors={!error} />
      </section>
    </>
  );
}
