import { signInHref } from '../../lib/session';
import { Link, useLocation } from '../../router';

/** Stands in for a write form when nobody is signed in: what it needs, and the way to sign in. */
export function SignInFirst({ toDo, scope }: { toDo: string; scope: string }) {
  const { pathname, search } = useLocation();
  return (
    <div className="notice warning sign-in-first">
      <p>
        <strong>Sign in to {toDo}.</strong> Changes to the graph need a token with the scope <code>{scope}</code> (or <code>admin</code>).
      </p>
      <p>
        <Link href={signInHref(pathname + search)} className="button-link">
          Sign in
        </Link>
      </p>
    </div>
  );
}
