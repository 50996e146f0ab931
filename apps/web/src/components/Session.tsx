import { dismissRefusal, signInHref, signOut, useSession } from '../lib/session';
import { Link, useLocation } from '../router';

/** In the site header: who is signed in, with a sign-out; or a link to sign in. */
export function SessionStatus() {
  const { session } = useSession();
  const { pathname, search } = useLocation();
  if (!session) {
    if (pathname === '/sign-in') return null;
    return (
      <div className="session">
        <Link href={signInHref(pathname + search)}>Sign in</Link>
      </div>
    );
  }
  // The name leads to the sign-in page, which shows the token's claims and takes another token.
  const account = pathname === '/sign-in' ? pathname + search : signInHref(pathname + search);
  return (
    <div className="session">
      <span>
        Signed in as{' '}
        <Link href={account} aria-label={`${session.subject ?? 'someone unnamed'}: your sign-in`}>
          {session.subject ?? 'someone unnamed'}
        </Link>{' '}
        <span className="session-scopes">({session.scopes.join(', ') || 'no scopes'})</span>
      </span>
      <button type="button" className="sign-out" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}

/**
 * Said at the top of any page when the server answered UNAUTHENTICATED: the token expired or was
 * refused (or, on an installation that needs a token to read, there is none). Offers to sign in.
 * Pages that tell it themselves (the forms, the sign-in page) leave it out.
 */
export function RefusalNotice() {
  const { refusal } = useSession();
  const { pathname, search } = useLocation();
  if (!refusal) return null;
  return (
    <div className="notice error refusal" role="alert">
      <p>
        <strong>{refusal.hadToken ? 'The server refused your sign-in.' : 'The server asks for a sign-in.'}</strong> It said: “
        {refusal.message}”.
      </p>
      <p>
        <Link href={signInHref(pathname + search)}>{refusal.hadToken ? 'Sign in again' : 'Sign in'}</Link>{' '}
        <button type="button" className="link-button" onClick={dismissRefusal}>
          Dismiss
        </button>
      </p>
    </div>
  );
}

/**
 * A link to a write form, shown to everyone: it opens the form when signed in, and the sign-in page
 * (which then goes on to the form) when not.
 */
export function FormLink({ href, children, className }: { href: string; children: string; className?: string }) {
  const { session } = useSession();
  return (
    <Link href={session ? href : signInHref(href)} className={className ?? 'button-link'}>
      {children}
      {session ? null : <span className="visually-hidden"> (sign in first)</span>}
    </Link>
  );
}
