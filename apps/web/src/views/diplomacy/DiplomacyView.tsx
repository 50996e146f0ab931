import { useQuery } from '@apollo/client/react';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { DateRangeFields, FilterForm, SearchField, namedChoices, useFilterParams } from '../../components/Filters';
import { usePagedQuery } from '../../components/PagedSection';
import { fieldErrors } from '../../lib/errors';
import { AgreementsSection } from './AgreementsSection';
import { EngagementsSection } from './EngagementsSection';
import { AgreementsPageQuery, EngagementsPageQuery, OrganizationOptionsQuery } from './queries';

/** Agreements and engagements, filtered together by country, organisation and date. */
export function DiplomacyView() {
  const filters = useFilterParams();
  const { value, list, single, setParams } = filters;
  // Both lists take the same filter fields, so one form drives both.
  const filter = {
    ...list('country', 'countries'),
    ...list('organization', 'organizations'),
    ...single('from', 'from'),
    ...single('to', 'to'),
    ...single('q', 'search'),
  };
  const agreements = usePagedQuery(AgreementsPageQuery, filter);
  const engagements = usePagedQuery(EngagementsPageQuery, filter);
  const options = useQuery(OrganizationOptionsQuery);
  const errorsByField = { ...fieldErrors(engagements.error), ...fieldErrors(agreements.error) };

  return (
    <>
      <h1>Diplomacy</h1>
      <FilterForm label="Diplomacy filters">
        <Field label="Country" error={errorsByField['countries']}>
          <CountrySelect value={value('country')} anyLabel="Any country" onChange={(code) => setParams({ country: code })} />
        </Field>
        <Field label="Organisation" error={errorsByField['organizations']}>
          <ChoiceSelect
            value={value('organization')}
            onChange={(organization) => setParams({ organization })}
            none="Any organisation"
            choices={namedChoices(options.data?.organizations?.nodes)}
          />
        </Field>
        <DateRangeFields filter={filters} errors={errorsByField} />
        <SearchField filter={filters} errors={errorsByField} />
      </FilterForm>
      <AgreementsSection page={agreements} />
      <EngagementsSection page={engagements} />
    </>
  );
}
