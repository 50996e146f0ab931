import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { unauthenticated, type Caller } from './caller.js';

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** A shared HS256 secret. */
  secret?: string | undefined;
  /** A JSON Web Key Set file, for asymmetric keys (RS256, ES256, EdDSA). */
  jwksFile?: string | undefined;
}

export type Verifier = (authorization: string | undefined) => Promise<Caller | undefined>;

/**
 * Builds the check every subgraph runs on the `Authorization` header: signature, expiry, issuer
 * and audience. No header means an anonymous caller; a header that does not verify is refused.
 */
export async function createVerifier(config: AuthConfig): Promise<Verifier> {
  const key = await verificationKey(config);
  return async (authorization) => {
    if (!authorization) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    if (!key) throw unauthenticated('this service has no key configured to verify tokens with');
    try {
      const { payload } = await (typeof key === 'function'
        ? jwtVerify(match[1]!, key, { issuer: config.issuer, audience: config.audience })
        : jwtVerify(match[1]!, key, { issuer: config.issuer, audience: config.audience, algorithms: ['HS256'] }));
      return callerOf(payload);
    } catch (error) {
      throw unauthenticated(`the bearer token was refused: ${reason(error)}`);
    }
  };
}

async function verificationKey(config: AuthConfig): Promise<Uint8Array | JWTVerifyGetKey | undefined> {
  if (config.jwksFile) {
    const jwks = JSON.parse(await readFile(config.jwksFile, 'utf8')) as Parameters<typeof createLocalJWKSet>[0];
    return createLocalJWKSet(jwks);
  }
  return config.secret ? new TextEncoder().encode(config.secret) : undefined;
}

function callerOf(payload: JWTPayload): Caller {
  if (!payload.sub) throw new Error('the token names no subject (sub)');
  const claim = payload['scope'] ?? payload['scp'];
  const scopes = typeof claim === 'string' ? claim.split(/\s+/) : Array.isArray(claim) ? claim.map(String) : [];
  return { subject: payload.sub, scopes: new Set(scopes.filter(Boolean)) };
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `its ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  return error instanceof Error ? error.message : 'it is not a valid token';
}
