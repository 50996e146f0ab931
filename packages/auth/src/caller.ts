import { GraphQLError } from 'graphql';

/** The scopes Pamir knows. `admin` implies every other. */
export const knownScopes = ['read', 'write:reference', 'write:security', 'write:diplomacy', 'write:energy', 'admin'] as const;
export type Scope = (typeof knownScopes)[number];

/** Who is calling, as their verified token says. */
export interface Caller {
  subject: string;
  scopes: ReadonlySet<string>;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** True when the caller holds the scope, or `admin`. */
export function hasScope(caller: Caller | undefined, scope: Scope): boolean {
  return !!caller && (caller.scopes.has(scope) || caller.scopes.has('admin'));
}

/** No caller: UNAUTHENTICATED. A caller without the scope (or admin): FORBIDDEN. */
export function requireScope(caller: Caller | undefined, scope: Scope): Caller {
  if (!caller) throw unauthenticated(`this operation needs a bearer token with the scope ${scope}`);
  if (!hasScope(caller, scope)) throw forbidden(`this operation needs the scope ${scope}`);
  return caller;
}
