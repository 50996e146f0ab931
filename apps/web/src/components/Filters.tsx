import type { ReactNode } from 'react';
import { useSearchParams } from '../router';
import type { Choice } from './ChoiceSelect';
import { Field } from './Field';

// What the list views' filter forms share: the filter lives in the URL, each field is one of the
// graph's filter arguments, and a value the graph refuses is said next to its field.

/** The URL's filter values ('' when absent) and a setter that replaces them. */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) ?? '';
  /** `{ countries: [value] }` when the URL has the key, else nothing: one filter argument. */
  const list = <A extends string>(key: string, argument: A) => (value(key) ? { [argument]: [value(key)] } : {}) as { [K in A]?: string[] };
  /** `{ argument: value }` when the URL has the key, else nothing. */
  const single = <A extends string>(key: string, argument: A) => (value(key) ? { [argument]: value(key) } : {}) as { [K in A]?: string };
  return { params, value, list, single, setParams };
}

/** A filter form: not sent anywhere, every change goes straight to the URL. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}

type FilterParams = ReturnType<typeof useFilterParams>;
type Errors = Readonly<Record<string, string | undefined>>;

/** "From" and "To" dates, the graph's `from` and `to`. */
export function DateRangeFields({ filter: { value, setParams }, errors }: { filter: FilterParams; errors: Errors }) {
  return (
    <>
      <Field label="From" error={errors['from']}>
        <input type="date" value={value('from')} onChange={(event) => setParams({ from: event.target.value })} />
      </Field>
      <Field label="To" error={errors['to']}>
        <input type="date" value={value('to')} onChange={(event) => setParams({ to: event.target.value })} />
      </Field>
    </>
  );
}

/** Words to look for, the graph's `search`. */
export function SearchField({ filter: { value, setParams }, errors, placeholder }: { filter: FilterParams; errors: Errors; placeholder?: string }) {
  return (
    <Field label="Search" error={errors['search']}>
      <input type="search" value={value('q')} placeholder={placeholder} onChange={(event) => setParams({ q: event.target.value })} />
    </Field>
  );
}

/** Records with an id and a name (organisations, places) as choices of a select. */
export function namedChoices(nodes: readonly { id: string; name: string }[] | undefined): Choice[] | undefined {
  return nodes?.map((node) => [node.id, node.name]);
}
