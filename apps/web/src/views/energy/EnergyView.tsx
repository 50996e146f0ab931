import { ChoiceSelect, enumChoices } from '../../components/ChoiceSelect';
import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import type { EnergyProjectFilter } from '../../generated/graphql';
import { enumValues, oneOf } from '../../lib/enums';
import { fieldErrors, onlyFieldErrors } from '../../lib/errors';
import { useCursorPages } from '../../lib/useCursorPages';
import { useSearchParams } from '../../router';
import { CapacityChart } from './CapacityChart';
import { ProjectsTable } from './ProjectsTable';
import { EnergyProjectsPageQuery, StakeholderOptionsQuery } from './queries';
import { TargetsSection } from './TargetsSection';

const pageSize = 10;

export function EnergyView() {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) ?? '';
  const status = oneOf(enumValues.EnergyProjectStatus, params.get('status'));
  const technology = oneOf(enumValues.EnergyTechnology, params.get('technology'));
  const filter: EnergyProjectFilter = {
    ...(value('country') ? { countries: [value('country')] } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(technology ? { technologies: [technology] } : {}),
    ...(value('stakeholder') ? { stakeholders: [value('stakeholder')] } : {}),
    ...(value('q') ? { search: value('q') } : {}),
  };
  const pages = useCursorPages(pageSize, JSON.stringify(filter));
  const { data, loading, error } = useQuery(EnergyProjectsPageQuery, { variables: { filter, first: pageSize, after: pages.after } });
  const options = useQuery(StakeholderOptionsQuery);
  const errorsByField = fieldErrors(error);
  const connection = data?.energyProjects;

  return (
    <>
      <h1>Energy</h1>
      <form className="filters" aria-label="Energy project filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Country (any role)" error={errorsByField['countries']}>
          <CountrySelect value={value('country')} anyLabel="Any country" onChange={(code) => setParams({ country: code })} />
        </Field>
        <Field label="Status" error={errorsByField['statuses']}>
          <ChoiceSelect value={status ?? ''} onChange={(status) => setParams({ status })} none="Any status" choices={enumChoices(enumValues.EnergyProjectStatus)} />
        </Field>
        <Field label="Technology" error={errorsByField['technologies']}>
          <ChoiceSelect value={technology ?? ''} onChange={(technology) => setParams({ technology })} none="Any technology" choices={enumChoices(enumValues.EnergyTechnology)} />
        </Field>
        <Field label="Stakeholder" error={errorsByField['stakeholders']}>
          <ChoiceSelect
            value={value('stakeholder')}
            onChange={(stakeholder) => setParams({ stakeholder })}
            none="Any stakeholder"
            choices={options.data?.organizations?.nodes.map((organization) => [organization.id, organization.name])}
          />
        </Field>
        <Field label="Search" error={errorsByField['search']}>
          <input type="search" value={value('q')} onChange={(event) => setParams({ q: event.target.value })} />
        </Field>
      </form>

      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">Projects{connection ? ` (${connection.totalCount})` : ''}</h2>
        {loading && !connection ? <Loading what="energy projects" /> : null}
        {error && !connection && !onlyFieldErrors(error) ? <ErrorNotice error={error} what="energy projects" /> : null}
        {connection?.totalCount === 0 ? <EmptyState>No energy projects match these filters.</EmptyState> : null}
        {connection && connection.edges.length > 0 ? (
          <>
            <ProjectsTable edges={connection.edges} />
            <Pager label="Energy projects" pages={pages} connection={connection} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="capacity-heading">
        <h2 id="capacity-heading">Capacity</h2>
        <CapacityChart filter={filter} />
      </section>
      <TargetsSection country={value('country')} />
    </>
  );
}
