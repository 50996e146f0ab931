import { useQuery } from '@apollo/client/react';
import { graphql } from '../generated';
import { ChoiceSelect, type Choice } from './ChoiceSelect';

const CountryOptionsQuery = graphql(`
  query CountryOptions {
    countries(first: 100) {
      nodes {
        code
        name
      }
    }
  }
`);

/** A <select> of every country in the graph; `anyLabel` adds an "any country" choice. */
export function CountrySelect({
  anyLabel,
  ...select
}: {
  value: string;
  onChange: (code: string) => void;
  anyLabel?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { data } = useQuery(CountryOptionsQuery);
  const countries = data?.countries?.nodes ?? [];
  // Until the list loads, keep the current choice selectable so the control is never empty.
  const choices: Choice[] =
    countries.length === 0 && select.value
      ? [[select.value, select.value]]
      : countries.map((country) => [country.code, country.name]);
  return <ChoiceSelect {...select} none={anyLabel} choices={choices} />;
}
