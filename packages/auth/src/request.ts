import type { GraphQLError } from 'graphql';
import { requireScope, type Caller, type Scope } from './caller.js';
import type { Verifier } from './verify.js';

/**
 * What a request says about its caller: a verified caller, nobody, or a token that was refused.
 * A refused token is kept rather than thrown, so a write it attempts can be audited before it is
 * turned away.
 */
export interface RequestAuth {
  caller?: Caller;
  refused?: GraphQLError;
}

export async function authenticate(verify: Verifier, authorization: string | undefined): Promise<RequestAuth> {
  try {
    return { caller: await verify(authorization) };
  } catch (error) {
    return { refused: error as GraphQLError };
  }
}

/** The caller, if the request's token verified and carries the scope; otherwise the reason why not. */
export function requireAuth(auth: RequestAuth, scope: Scope): Caller {
  if (auth.refused) throw auth.refused;
  return requireScope(auth.caller, scope);
}
