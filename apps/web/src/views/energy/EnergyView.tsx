import { useQuery } from '@apollo/client/react';
import { ChoiceSelect, enumChoices } from '../../components/ChoiceSelect';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { FilterForm, SearchField, namedChoices, useFilterParams } from '../../components/Filters';
import { PagedSection, usePagedQuery } from '../../components/PagedSection';
import type { EnergyProjectFilter } from '../../generated/graphql';
import { enumValues, oneOf } from '../../lib/enums';
import { fieldErrors } from '../../lib/errors';
import { CapacityChart } from './CapacityChart';
import { ProjectsTable } from './ProjectsTable';
import { EnergyProjectsPageQuery, StakeholderOptionsQuery } from './queries';
import { TargetsSection } from './TargetsSection';

export function EnergyView() {
  const filters = useFilterParams();
  const { value, list, single, setParams } = filters;
  const status = oneOf(enumValues.EnergyProjectStatus, filters.params.get('status'));
  const technology = oneOf(enumValues.EnergyTechnology, filters.params.get('technology'));
  const filter: EnergyProjectFilter = {
    ...list('country', 'countries'),
    ...(status ? { statuses: [status] } : {}),
    ...(technology ? { technologies: [technology] } : {}),
    ...list('stakeholder', 'stakeholders'),
    ...single('q', 'search'),
  };
  const page = usePagedQuery(EnergyProjectsPageQuery, filter);
  const options = useQuery(StakeholderOptionsQuery);
  const errorsByField = fieldErrors(page.error);

  return (
    <>
      <h1>Energy</h1>
      <FilterForm label="Energy project filters">
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
          <ChoiceSelect value={value('stakeholder')} onChange={(stakeholder) => setParams({ stakeholder })} none="Any stakeholder" choices={namedChoices(options.data?.organizations?.nodes)} />
        </Field>
        <SearchField filter={filters} errors={errorsByField} />
      </FilterForm>

      <PagedSection id="projects-heading" title="Projects" what="energy projects" connection={page.data?.energyProjects} page={page}>
        {(connection) => <ProjectsTable projects={connection.nodes} />}
      </PagedSection>
      <section aria-labelledby="capacity-heading">
        <h2 id="capacity-heading">Capacity</h2>
        <CapacityChart filter={filter} />
      </section>
      <TargetsSection country={value('country')} />
    </>
  );
}
