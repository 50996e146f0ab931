import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorNotice, Loading } from '../../components/QueryState';
import type { EnergyProjectFilter } from '../../generated/graphql';
import { oneOf, projectStatuses, technologies } from '../../lib/enums';
import { fieldErrors, onlyFieldErrors } from '../../lib/errors';
import { label } from '../../lib/format';
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
  const status = oneOf(projectStatuses, params.get('status'));
  const technology = oneOf(technologies, params.get('technology'));
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
          <select value={status ?? ''} onChange={(event) => setParams({ status: event.target.value })}>
            <option value="">Any status</option>
            {projectStatuses.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Technology" error={errorsByField['technologies']}>
          <select value={technology ?? ''} onChange={(event) => setParams({ technology: event.target.value })}>
            <option value="">Any technology</option>
            {technologies.map((t) => (
              <option key={t} value={t}>
                {label(t)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Stakeholder" error={errorsByField['stakeholders']}>
          <select value={value('stakeholder')} onChange={(event) => setParams({ stakeholder: event.target.value })}>
            <option value="">Any stakeholder</option>
            {options.data?.organizations.nodes.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
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
            <Pager
              label="Energy projects"
              offset={pages.offset}
              shown={connection.edges.length}
              total={connection.totalCount}
              hasPrevious={pages.hasPrevious}
              hasNext={connection.pageInfo.hasNextPage}
              onPrevious={pages.previous}
              onNext={() => connection.pageInfo.endCursor && pages.next(connection.pageInfo.endCursor)}
            />
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
