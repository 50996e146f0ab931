import { useSyncExternalStore } from 'react';

// Who is signed in: a bearer token (a JWT) pasted by the user, kept in this tab's sessionStorage and
// nowhere else. The client reads the token's claims only to say who is signed in; the subgraphs
// verify the token on every write and are the only judges of it.

const storageKey = 'pamir.token';

/** What the client shows about a token. Decoded, not verified: display only. */
export interface TokenClaims {
  subject: string | undefined;
  scopes: string[];
  /** When it stops being accepted (the `exp` claim), if it says. */
  expiresAt: Date | undefined;
  issuer: string | undefined;
}

export interface Session extends TokenClaims {
  token: string;
}

/** The server refused a request: why, and whether that request carried a token. */
export interface Refusal {
  message: string;
  hadToken: boolean;
}

interface State {
  session: Session | undefined;
  refusal: Refusal | undefined;
}

const listeners = new Set<() => void>();
let state: State = { session: sessionFromStorage(), refusal: undefined };

function setState(next: Partial<State>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined; // storage disabled: the sign-in lasts until the page is left
  }
}

function sessionFromStorage(): Session | undefined {
  const token = storage()?.getItem(storageKey);
  if (!token) return undefined;
  const claims = decodeToken(token);
  return claims ? { token, ...claims } : undefined;
}

function base64UrlDecode(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads a JWT's claims for display: `sub`, the scopes (`scope` as a space-separated string, or
 * `scp` as a list, as the subgraphs read them), `exp` and `iss`. Undefined when the text is not a JWT.
 */
export function decodeToken(token: string): TokenClaims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    if (!payload || typeof payload !== 'object') return undefined;
    const claim = payload['scope'] ?? payload['scp'];
    const scopes = typeof claim === 'string' ? claim.split(/\s+/) : Array.isArray(claim) ? claim.map(String) : [];
    const exp = payload['exp'];
    return {
      subject: typeof payload['sub'] === 'string' ? payload['sub'] : undefined,
      scopes: scopes.filter(Boolean),
      expiresAt: typeof exp === 'number' ? new Date(exp * 1000) : undefined,
      issuer: typeof payload['iss'] === 'string' ? payload['iss'] : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Keeps the token for this tab. Returns false (and keeps nothing) when the text is not a JWT. */
export function signIn(token: string): boolean {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const claims = decodeToken(trimmed);
  if (!claims) return false;
  storage()?.setItem(storageKey, trimmed);
  setState({ session: { token: trimmed, ...claims }, refusal: undefined });
  return true;
}

export function signOut(): void {
  storage()?.removeItem(storageKey);
  setState({ session: undefined, refusal: undefined });
}

/** The token to send, read at request time so a sign-in or sign-out applies to the next request. */
export function currentToken(): string | undefined {
  return state.session?.token;
}

/** Called by the Apollo link when the server answers UNAUTHENTICATED. */
export function reportRefusal(refusal: Refusal): void {
  if (state.refusal?.message === refusal.message && state.refusal.hadToken === refusal.hadToken) return;
  setState({ refusal });
}

export function dismissRefusal(): void {
  setState({ refusal: undefined });
}

/** The signed-in session (or undefined) and the server's last refusal; re-renders on any change. */
export function useSession(): State {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

/** Where a form sends a reader who is not signed in: the sign-in page, then back to the form. */
export function signInHref(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Only paths inside this client are followed after sign-in (never another site). */
export function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
