import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useQuery } from '@apollo/client/react';
import { CountrySelect } from '../../components/CountrySelect';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../lib/errors';
import { useSearchParams } from '../../router';
import { AgreementsSection, useAgreementsPage } from './AgreementsSection';
import { EngagementsSection, useEngagementsPage } from './EngagementsSection';
import { OrganizationOptionsQuery } from './queries';

/** Agreements and engagements, filtered together by country, organisation and date. */
export function DiplomacyView() {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) ?? '';
  // Both lists take the same filter fields, so one form drives both.
  const filter = {
    ...(value('country') ? { countries: [value('country')] } : {}),
    ...(value('organization') ? { organizations: [value('organization')] } : {}),
    ...(value('from') ? { from: value('from') } : {}),
    ...(value('to') ? { to: value('to') } : {}),
    ...(value('q') ? { search: value('q') } : {}),
  };
  const agreements = useAgreementsPage(filter);
  const engagements = useEngagementsPage(filter);
  const options = useQuery(OrganizationOptionsQuery);
  const errorsByField = { ...fieldErrors(engagements.error), ...fieldErrors(agreements.error) };

  return (
    <>
      <h1>Diplomacy</h1>
      <form className="filters" aria-label="Diplomacy filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Country" error={errorsByField['countries']}>
          <CountrySelect value={value('country')} anyLabel="Any country" onChange={(code) => setParams({ country: code })} />
        </Field>
        <Field label="Organisation" error={errorsByField['organizations']}>
          <ChoiceSelect
            value={value('organization')}
            onChange={(organization) => setParams({ organization })}
            none="Any organisation"
            choices={options.data?.organizations?.nodes.map((organization) => [organization.id, organization.name])}
          />
        </Field>
        <Field label="From" error={errorsByField['from']}>
          <input type="date" value={value('from')} onChange={(event) => setParams({ from: event.target.value })} />
        </Field>
        <Field label="To" error={errorsByField['to']}>
          <input type="date" value={value('to')} onChange={(event) => setParams({ to: event.target.value })} />
        </Field>
        <Field label="Search" error={errorsByField['search']}>
          <input type="search" value={value('q')} onChange={(event) => setParams({ q: event.target.value })} />
        </Field>
      </form>
      <AgreementsSection page={agreements} />
      <EngagementsSection page={engagements} />
    </>
  );
}
