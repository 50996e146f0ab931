import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createApolloClient } from '../src/apollo';
import { RefusalNotice, SessionStatus } from '../src/components/Session';
import { decodeToken, safeNext, signIn, signOut } from '../src/lib/session';
import { SignInPage } from '../src/views/forms/SignInPage';
import { fakeToken } from './tokens';

const CountQuery = parse(`
  query SessionTestCount {
    securityEvents(first: 0) {
      totalCount
    }
  }
`);

/** A stand-in for the gateway: records each request's headers and answers with `body`. */
function gateway(body: unknown) {
  const requests: { headers: Record<string, string> }[] = [];
  const fetchStub = (_url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ headers: { ...(init?.headers as Record<string, string>) } });
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  const stub: typeof fetch = fetchStub;
  return { requests, fetch: stub };
}

const alice = fakeToken({ sub: 'alice', scope: 'write:security read', exp: Math.floor(Date.now() / 1000) + 3600 });

afterEach(() => signOut());

describe('sign-in by token', () => {
  it('reads who a token is for, for display (the server verifies it)', () => {
    expect(decodeToken(alice)).toMatchObject({ subject: 'alice', scopes: ['write:security', 'read'] });
    expect(decodeToken(fakeToken({ sub: 'bob', scp: ['write:energy'] }))).toMatchObject({ subject: 'bob', scopes: ['write:energy'] });
    expect(decodeToken('pnpm -s run token --scope write:security')).toBeUndefined();
    expect(decodeToken('a.b.c')).toBeUndefined();
  });

  it('keeps the token in sessionStorage on sign-in and clears it on sign-out', () => {
    expect(signIn(`Bearer ${alice}\n`)).toBe(true);
    expect(sessionStorage.getItem('pamir.token')).toBe(alice);
    signOut();
    expect(sessionStorage.getItem('pamir.token')).toBeNull();
    expect(signIn('not a token')).toBe(false);
    expect(sessionStorage.getItem('pamir.token')).toBeNull();
  });

  it('sends Authorization: Bearer on every request once signed in, and none after sign-out', async () => {
    const stub = gateway({ data: { securityEvents: { __typename: 'SecurityEventConnection', totalCount: 3 } } });
    const client = createApolloClient('http://gateway.test/graphql', stub.fetch);
    await client.query({ query: CountQuery, fetchPolicy: 'network-only' });
    expect(stub.requests[0]?.headers['authorization']).toBeUndefined();

    signIn(alice);
    await client.query({ query: CountQuery, fetchPolicy: 'network-only' });
    expect(stub.requests[1]?.headers['authorization']).toBe(`Bearer ${alice}`);

    signOut();
    await client.query({ query: CountQuery, fetchPolicy: 'network-only' });
    expect(stub.requests[2]?.headers['authorization']).toBeUndefined();
  });

  it('an UNAUTHENTICATED answer to a signed-in request offers to sign in again', async () => {
    signIn(alice);
    render(<RefusalNotice />);
    const stub = gateway({
      data: null,
      errors: [{ message: 'the bearer token was refused: it has expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await createApolloClient('http://gateway.test/graphql', stub.fetch).query({ query: CountQuery });
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/The server refused your sign-in\. It said: “the bearer token was refused: it has expired”/);
    expect(screen.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe('/sign-in?next=%2F');
  });

  it('the sign-in page keeps a pasted token, shows its subject and scopes, and signs out', async () => {
    window.history.replaceState(null, '', '/sign-in');
    render(
      <>
        <SessionStatus />
        <SignInPage />
      </>,
    );
    expect(screen.getByText('pnpm -s run token --scope write:security --sub alice')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Token \(JWT\)/), alice);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your sign-in' })).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'Signed in' }).textContent;
    expect(facts).toMatch(/Subjectalice/);
    expect(facts).toMatch(/Scopeswrite:security, read/);
    expect(sessionStorage.getItem('pamir.token')).toBe(alice);
    expect(screen.getByText(/Signed in as/).textContent).toBe('Signed in as alice (write:security, read)');

    await userEvent.click(screen.getAllByRole('button', { name: 'Sign out' })[0]!);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy());
    expect(sessionStorage.getItem('pamir.token')).toBeNull();
  });

  it('says so next to the field when the text is not a token', async () => {
    render(<SignInPage />);
    await userEvent.type(screen.getByLabelText(/^Token \(JWT\)/), 'hello');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const field = screen.getByLabelText(/^Token \(JWT\)/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toMatch(/-error/);
    expect(sessionStorage.getItem('pamir.token')).toBeNull();
  });

  it('goes on only to paths inside the client after sign-in', () => {
    expect(safeNext('/security/new')).toBe('/security/new');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
