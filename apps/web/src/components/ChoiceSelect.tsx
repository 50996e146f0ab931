import { label } from '../lib/format';

/** One choice of a select: the value sent, and the text shown. */
export type Choice = readonly [value: string, text: string];

/** An enum's values as choices, each shown by its label. */
export function enumChoices(values: readonly string[]): Choice[] {
  return values.map((value) => [value, label(value)]);
}

/**
 * A select over a list of choices, led by one meaning "none" (`Any status`, `Choose…`) when
 * `none` is given. A surrounding Field gives it its id, required mark and aria attributes.
 */
export function ChoiceSelect({
  value,
  onChange,
  none,
  choices,
  ...control
}: {
  value: string;
  onChange: (value: string) => void;
  none?: string;
  choices: readonly Choice[] | undefined;
  id?: string;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)} {...control}>
      {none !== undefined ? <option value="">{none}</option> : null}
      {choices?.map(([choice, text]) => (
        <option key={choice} value={choice}>
          {text}
        </option>
      ))}
    </select>
  );
}
