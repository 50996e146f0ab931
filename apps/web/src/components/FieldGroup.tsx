import type { ReactNode } from 'react';
import { FieldMessages } from './Field';

/**
 * A group of controls (a list of actors, of citations) under one legend, with room for the server's
 * message about the group as a whole (`input.citations: every record cites at least one source`).
 * `id` lets an error summary link to it; it takes focus when followed.
 */
export function FieldGroup({
  id,
  legend,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: readonly string[] | undefined;
  required?: boolean;
  children: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : undefined, error?.length ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error?.length ? 'field-group has-error' : 'field-group'} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>
        {legend}
        {required ? <span className="required-mark"> (required)</span> : null}
      </legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-error`} messages={error} />
      {children}
    </fieldset>
  );
}
