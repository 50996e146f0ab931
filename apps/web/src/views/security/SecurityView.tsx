import { useQuery } from '@apollo/client/react';
import { ChoiceSelect, enumChoices } from '../../components/ChoiceSelect';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { DateRangeFields, FilterForm, SearchField, namedChoices, useFilterParams } from '../../components/Filters';
import { PagedSection, usePagedQuery } from '../../components/PagedSection';
import { FormLink } from '../../components/Session';
import type { SecurityEventFilter } from '../../generated/graphql';
import { enumValues, oneOf } from '../../lib/enums';
import { fieldErrors } from '../../lib/errors';
import { plural } from '../../lib/format';
import { EventsByMonthChart } from './EventsByMonthChart';
import { EventsTable } from './EventsTable';
import { SecurityEventsPageQuery, SecurityFilterOptionsQuery } from './queries';

/** Security events: filters that are the graph's own filter arguments, a paged table, a chart. */
export function SecurityView() {
  const filters = useFilterParams();
  const { value, list, single, setParams } = filters;
  const eventType = oneOf(enumValues.EventType, filters.params.get('type'));
  const filter: SecurityEventFilter = {
    ...list('country', 'countries'),
    ...single('from', 'from'),
    ...single('to', 'to'),
    ...(eventType ? { eventTypes: [eventType] } : {}),
    ...list('actor', 'actors'),
    ...list('place', 'places'),
    ...single('q', 'search'),
  };
  const page = usePagedQuery(SecurityEventsPageQuery, filter);
  const options = useQuery(SecurityFilterOptionsQuery);
  const errorsByField = fieldErrors(page.error);

  return (
    <>
      <div className="page-title">
        <h1>Security events</h1>
        <FormLink href="/security/new">New event</FormLink>
      </div>
      <FilterForm label="Security event filters">
        <Field label="Country">
          <CountrySelect value={value('country')} anyLabel="Any country" onChange={(code) => setParams({ country: code })} />
        </Field>
        <DateRangeFields filter={filters} errors={errorsByField} />
        <Field label="Event type" error={errorsByField['eventTypes']}>
          <ChoiceSelect value={eventType ?? ''} onChange={(type) => setParams({ type })} none="Any type" choices={enumChoices(enumValues.EventType)} />
        </Field>
        <Field label="Actor" error={errorsByField['actors']}>
          <ChoiceSelect value={value('actor')} onChange={(actor) => setParams({ actor })} none="Any actor" choices={namedChoices(options.data?.organizations?.nodes)} />
        </Field>
        <Field label="Place" error={errorsByField['places']}>
          <ChoiceSelect
            value={value('place')}
            onChange={(place) => setParams({ place })}
            none="Any place"
            choices={options.data?.places?.nodes.map((place) => [place.id, `${place.name} (${place.country.code})`])}
          />
        </Field>
        <SearchField filter={filters} errors={errorsByField} placeholder="words in title or summary" />
      </FilterForm>

      <PagedSection
        id="events-heading"
        title="Events"
        what="security events"
        connection={page.data?.securityEvents}
        page={page}
        filterNote="The filter needs fixing before events can be shown (see the message by the field)."
      >
        {(connection) => (
          <EventsTable events={connection.nodes} caption={`Security events matching the filters, newest first: ${plural(connection.totalCount, 'event')}`} />
        )}
      </PagedSection>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Events per month</h2>
        <EventsByMonthChart filter={filter} showErrors={!page.error} />
      </section>
    </>
  );
}
