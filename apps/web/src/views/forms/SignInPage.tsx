import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { Facts } from '../../components/Heading';
import { safeNext, signIn, signOut, useSession } from '../../lib/session';
import { navigate, useSearchParams } from '../../router';

const mintCommand = 'pnpm -s run token --scope write:security --sub alice';

/**
 * Sign-in by token: the reader pastes a JWT, which this tab keeps (sessionStorage) and sends as
 * `Authorization: Bearer …`. The claims shown are decoded here for display only; the subgraphs
 * verify the token whenever it is used to write.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const { session, refusal } = useSession();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signIn(text)) {
      setProblem('This is not a token. A token (JWT) is three parts separated by dots, starting eyJ…: paste the whole line the command prints.');
      return;
    }
    setText('');
    setProblem(undefined);
    if (next) navigate(safeNext(next), { replace: true });
  };

  return (
    <div className="form-page">
      <h1>{session ? 'Your sign-in' : 'Sign in'}</h1>
      {refusal ? (
        <div className="notice error" role="alert">
          <p>
            <strong>{refusal.hadToken ? 'The server refused your token.' : 'The server asks for a token.'}</strong> It said: “{refusal.message}”.
          </p>
          <p>Paste a new token below.</p>
        </div>
      ) : null}
      {next && !session ? <p>Sign in to continue: changes to the graph need a token with the scope for their domain.</p> : null}

      {session ? (
        <section aria-labelledby="session-heading" className="session-card">
          <h2 id="session-heading">Signed in</h2>
          <Facts
            rows={[
              ['Subject', session.subject ?? <span className="muted">none given (the server will refuse it)</span>],
              ['Scopes', session.scopes.length ? session.scopes.join(', ') : <span className="muted">none</span>],
              ['Expires', session.expiresAt ? <Expiry at={session.expiresAt} /> : <span className="muted">not said</span>],
              ['Issuer', session.issuer ?? null],
            ]}
          />
          <p className="muted small">
            Read from the token in this browser, for display only: the server checks the signature, expiry and scopes each time the token is used to write.
          </p>
          <p className="form-actions">
            {next ? (
              <button type="button" className="primary" onClick={() => navigate(safeNext(next), { replace: true })}>
                Continue
              </button>
            ) : null}
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </p>
        </section>
      ) : null}

      <form className="write-form" onSubmit={submit} aria-labelledby="token-heading">
        <h2 id="token-heading">{session ? 'Use another token' : 'Paste your token'}</h2>
        <Field
          label="Token (JWT)"
          error={problem}
          required
          hint="Kept in this browser tab only, and sent with every request to the graph until you sign out or close the tab."
        >
          <textarea
            className="token-input"
            rows={4}
            value={text}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        <p className="form-actions">
          <button type="submit" className="primary">
            Sign in
          </button>
        </p>
      </form>

      <section aria-labelledby="mint-heading">
        <h2 id="mint-heading">Getting a token</h2>
        <p>On a local installation, mint one in the repository with:</p>
        <pre className="command">
          <code>{mintCommand}</code>
        </pre>
        <p>
          It prints a JWT; paste it above. Change <code>--sub</code> to your name and <code>--scope</code> to what you need to write:{' '}
          <code>write:security</code> (security events), <code>write:energy</code> (energy projects), <code>write:diplomacy</code>,{' '}
          <code>write:reference</code>, or <code>admin</code> for everything. <code>--expires 8h</code> is the default lifetime.
        </p>
        <p>Elsewhere, use a token from the identity provider your installation trusts.</p>
      </section>
    </div>
  );
}

function Expiry({ at }: { at: Date }) {
  const expired = at.getTime() <= Date.now();
  return (
    <>
      <time dateTime={at.toISOString()}>{at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</time>
      {expired ? <strong className="expired"> (expired: the server will refuse it)</strong> : null}
    </>
  );
}
