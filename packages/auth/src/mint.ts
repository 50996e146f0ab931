import { SignJWT } from 'jose';

/** Signs an HS256 token, for local use and tests; production tokens come from an identity provider. */
export async function mintToken(options: {
  secret: string;
  issuer: string;
  audience: string;
  subject: string;
  scopes: readonly string[];
  expiresIn?: string;
}): Promise<string> {
  return new SignJWT({ scope: options.scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(options.secret));
}
