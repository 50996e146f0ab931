import type { ReactNode } from 'react';
import { FieldGroup } from '../../components/FieldGroup';

/**
 * A list of rows of fields under one group (the actors of an event, its sources): each row a
 * numbered fieldset with a button that removes it, and a button under the list that adds one.
 */
export function RowList<R extends { key: string }>({
  group,
  rows,
  noun,
  add,
  onAdd,
  onRemove,
  children,
}: {
  /** The group's id, legend, hint, error and required mark (see FieldGroup). */
  group: { id: string; legend: string; hint?: ReactNode; error?: readonly string[] | undefined; required?: boolean };
  rows: readonly R[];
  /** What one row is, as its legend and buttons name it: "Actor" gives "Actor 1", "Remove actor 1". */
  noun: string;
  /** The add button's text: "Add an actor". */
  add: string;
  onAdd: () => void;
  onRemove: (key: string) => void;
  children: (row: R, index: number) => ReactNode;
}) {
  return (
    <FieldGroup {...group}>
      <ol className="rows">
        {rows.map((row, i) => (
          <li key={row.key} className="row">
            <fieldset className="row-fields">
              <legend className="row-legend">
                {noun} {i + 1}
              </legend>
              {children(row, i)}
              <button type="button" className="remove-row" onClick={() => onRemove(row.key)}>
                Remove {noun.toLowerCase()} {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onAdd}>
        {add}
      </button>
    </FieldGroup>
  );
}
