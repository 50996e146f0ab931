import { useLayoutEffect, useId, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { describeError, errorCodes, errorWithCode, inputProblems, type InputProblem } from '../lib/errors';
import { signInHref, useSession } from '../lib/session';
import { Link, useLocation } from '../router';

// What every write form shares: the server's answer to a refused write, told where it belongs.
// BAD_USER_INPUT lists every problem at once, each with the path of its field (`input.date`,
// `input.actors.1.organization`); each message goes next to the field it names, and the ones no
// shown field claims go in the summary at the top. The client adds no rules of its own.

/** A refused write's messages, placed on the fields a form shows. */
export interface FieldErrors {
  /** The control id and the server's messages for the field at this path. */
  field: (path: string) => { id: string; error: string[] | undefined; announce: false };
  /** Problems placed on a shown field, with that field's label and control id. */
  placed: { problem: InputProblem; label: string; id: string }[];
  /** Problems no shown field claims (a path the form has no field for, or none). */
  unplaced: InputProblem[];
}

/** A control id for a path, stable so the summary can link to it: `new-event-input-actors-0-role`. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * Places each input problem on the deepest shown field whose path is the problem's path or a prefix
 * of it: `input.tags.2` lands on the tags field, `input.citations` on the citations group.
 */
export function placeProblems(problems: readonly InputProblem[], shown: Readonly<Record<string, string>>) {
  const byPath = new Map<string, InputProblem[]>();
  const unplaced: InputProblem[] = [];
  const paths = Object.keys(shown).sort((a, b) => b.length - a.length);
  for (const problem of problems) {
    const owner = paths.find((path) => problem.path === path || problem.path.startsWith(`${path}.`));
    if (owner === undefined) unplaced.push(problem);
    else byPath.set(owner, [...(byPath.get(owner) ?? []), problem]);
  }
  return { byPath, unplaced };
}

/**
 * The hook both forms use: `shown` maps each path the form shows a control (or a group) for to its
 * label, e.g. `{ 'input.date': 'Date', 'input.actors': 'Actors' }`.
 */
export function useFieldErrors(error: unknown, form: string, shown: Readonly<Record<string, string>>): FieldErrors {
  const key = JSON.stringify(shown);
  return useMemo(() => {
    const { byPath, unplaced } = placeProblems(inputProblems(error), shown);
    // In the order the form shows its fields, so the summary reads top to bottom like the form.
    const placed = Object.keys(shown).flatMap((path) =>
      (byPath.get(path) ?? []).map((problem) => ({ problem, label: shown[path] ?? path, id: fieldId(form, path) })),
    );
    return {
      field: (path: string) => ({
        id: fieldId(form, path),
        error: byPath.get(path)?.map((problem) => problem.message),
        announce: false as const,
      }),
      placed,
      unplaced,
    };
    // `shown` is compared by value (`key`): forms build it afresh on each render.
  }, [error, form, key]);
}

/**
 * The summary at the top of a form after the server refused a write: what went wrong, in the
 * server's words, and what the reader can do (fix the fields, sign in again, reload). It takes focus
 * when it appears, so keyboard and screen-reader users start there.
 */
export function FormErrors({
  error,
  fields,
  what,
  conflict,
  conflictTitle = 'Not saved: someone else changed this since you loaded it',
}: {
  error: unknown;
  fields?: FieldErrors;
  /** The record, as the messages name it: "the event", "the status". */
  what: string;
  /** What to offer on CONFLICT (an update naming a version changed since; a create of an id taken). */
  conflict?: (currentVersion: number | undefined) => ReactNode;
  conflictTitle?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { session } = useSession();
  const { pathname, search } = useLocation();
  // Focus moves in the same commit that shows the summary, so nothing typed in between lands elsewhere.
  useLayoutEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;

  const codes = errorCodes(error);
  const again = signInHref(pathname + search);
  let title: string;
  let body: ReactNode;
  if (codes.has('UNAUTHENTICATED')) {
    const refused = errorWithCode(error, 'UNAUTHENTICATED')!;
    title = 'Not saved: the server did not accept your sign-in';
    body = (
      <>
        <p>
          {session ? 'Your token was refused' : 'You are not signed in'}. The server said: “{refused.message}”.
        </p>
        <p>
          <Link href={again}>{session ? 'Sign in again with a new token' : 'Sign in with a token'}</Link>, then send {what} again.
        </p>
      </>
    );
  } else if (codes.has('FORBIDDEN')) {
    const refused = errorWithCode(error, 'FORBIDDEN')!;
    title = 'Not saved: your token does not allow this';
    body = (
      <>
        <p>The server said: “{refused.message}”.</p>
        {session ? (
          <p>
            You are signed in as <strong>{session.subject ?? 'someone unnamed'}</strong> with{' '}
            {session.scopes.length ? `the scopes ${session.scopes.join(', ')}` : 'no scopes'}.
          </p>
        ) : null}
        <p>
          <Link href={again}>Sign in with a token that has the scope</Link>, then send {what} again.
        </p>
      </>
    );
  } else if (codes.has('CONFLICT')) {
    const refused = errorWithCode(error, 'CONFLICT')!;
    const current = refused.extensions?.['currentVersion'];
    title = conflictTitle;
    body = (
      <>
        <p>The server said: “{refused.message}”.</p>
        {conflict ? conflict(typeof current === 'number' ? current : undefined) : null}
      </>
    );
  } else if (codes.has('BAD_USER_INPUT') && fields) {
    const count = fields.placed.length + fields.unplaced.length;
    title = `Not saved: the server found ${count === 1 ? 'a problem' : `${count} problems`} with ${what}`;
    body = (
      <>
        {fields.placed.length ? <p>Each problem with a field is also shown next to it.</p> : null}
        <ul className="error-list">
          {fields.placed.map(({ problem, label, id }, i) => (
            <li key={`p${i}`}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {label}
              </a>
              : {problem.message}
            </li>
          ))}
          {fields.unplaced.map((problem, i) => (
            <li key={`u${i}`} className="unplaced">
              {problem.path ? (
                <>
                  <code>{problem.path}</code>:{' '}
                </>
              ) : null}
              {problem.message}
            </li>
          ))}
        </ul>
      </>
    );
  } else {
    title = 'Not saved';
    body = <p>{describeError(error)}</p>;
  }
  return (
    <div className="notice error form-errors" ref={ref} tabIndex={-1} role="region" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        {title}
      </h2>
      {body}
    </div>
  );
}

/** A summary link moves focus to its control (a plain #anchor only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
