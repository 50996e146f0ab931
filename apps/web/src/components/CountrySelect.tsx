import { useQuery } from '@apollo/client/react';
import { graphql } from '../generated';

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
  value,
  onChange,
  anyLabel,
  id,
  ...aria
}: {
  value: string;
  onChange: (code: string) => void;
  anyLabel?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { data } = useQuery(CountryOptionsQuery);
  const countries = data?.countries.nodes ?? [];
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {/* Until the list loads, keep the current choice selectable so the control is never empty. */}
      {countries.length === 0 && value ? <option value={value}>{value}</option> : null}
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
