import { GraphQLError } from 'graphql';

/**
 * The scopes Pamir knows: `read`, `admin` (which implies every other), and one `write:<subgraph>`
 * per subgraph, named after it, for writes to that subgraph's records.
 */
export type Scope = 'read' | 'admin' | `write:${string}`;

/** The scope that lets a caller write a subgraph's records. */
export const writeScope = (subgraph: string): Scope => `write:${subgraph}`;

/** True for `read`, `admin` and `write:<name>` with a name a subgraph can have (lower case, digits, _). */
export function isScope(text: string): text is Scope {
  return text === 'read' || text === 'admin' || /^write:[a-z][a-z0-9_]*$/.test(text);
}

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
