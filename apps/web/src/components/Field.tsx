import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

/** The server's messages about a field or a group, one line each; nothing when there are none. */
export function FieldMessages({ id, messages, announce = false }: { id: string; messages: readonly string[] | undefined; announce?: boolean }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id} role={announce ? 'alert' : undefined}>
      {messages.length === 1
        ? messages[0]
        : messages.map((message, i) => (
            <span key={i} className="field-error-line">
              {message}
            </span>
          ))}
    </p>
  );
}

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; required?: boolean };

/**
 * A labelled form control with room for the server's message about it: a bad filter value or a
 * refused input is reported next to the field it concerns, and the control is marked invalid for
 * screen readers (aria-invalid, aria-describedby naming the hint and the message).
 */
export function Field({
  label,
  error,
  children,
  id: givenId,
  hint,
  required,
  announce = true,
  inline = false,
}: {
  label: string;
  /** The server's message(s) about this field. */
  error?: string | readonly string[] | undefined;
  children: ReactElement<ControlProps>;
  /** The control's id, when something else links to it (a form's error summary). */
  id?: string;
  /** A line of help under the label. */
  hint?: ReactNode;
  /** Marks the field required (a hint for the reader and the browser; the server decides the rest). */
  required?: boolean;
  /** Announce a new message at once (role="alert"); forms that move focus to a summary turn this off. */
  announce?: boolean;
  /** Control before its label, on one line (checkboxes). */
  inline?: boolean;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const messages = typeof error === 'string' ? [error] : (error ?? []);
  const describedBy = [hint ? hintId : undefined, messages.length ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': messages.length ? true : undefined,
    'aria-describedby': describedBy,
    ...(required ? { required: true } : {}),
  });
  const labelElement = (
    <label htmlFor={id}>
      {label}
      {required ? <span className="required-mark"> (required)</span> : null}
    </label>
  );
  return (
    <div className={['field', inline ? 'field-inline' : '', messages.length ? 'has-error' : ''].filter(Boolean).join(' ')}>
      {inline ? (
        <div className="field-inline-row">
          {control}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {hint ? (
            <p className="field-hint" id={hintId}>
              {hint}
            </p>
          ) : null}
          {control}
        </>
      )}
      {inline && hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldMessages id={errorId} messages={messages} announce={announce} />
    </div>
  );
}
