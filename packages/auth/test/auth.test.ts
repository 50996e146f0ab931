import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { createVerifier, isScope, localSecret, mintToken, requireScope, writeScope } from '../src/index.js';

const config = {
  issuer: 'pamir-test',
  audience: 'pamir',
  secret: 'a-test-secret-of-enough-length-0123456789',
};
const mint = (overrides: Partial<Parameters<typeof mintToken>[0]> = {}) =>
  mintToken({ ...config, subject: 'alice', scopes: ['write:energy'], ...overrides });
const code = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe('verifying bearer tokens', () => {
  it('accepts a valid token and reads its subject and scopes', async () => {
    const verify = await createVerifier(config);
    const caller = await verify(`Bearer ${await mint({ scopes: ['write:energy', 'read'] })}`);
    expect(caller?.subject).toBe('alice');
    expect([...caller!.scopes]).toEqual(['write:energy', 'read']);
  });

  it('treats a missing header as an anonymous caller', async () => {
    expect(await (await createVerifier(config))(undefined)).toBeUndefined();
  });

  it('refuses expired tokens, the wrong issuer or audience, a bad signature and a malformed header', async () => {
    const verify = await createVerifier(config);
    const cases: [string, RegExp][] = [
      [`Bearer ${await mint({ expiresIn: '-1m' })}`, /expired/],
      [`Bearer ${await mint({ issuer: 'someone-else' })}`, /iss/],
      [`Bearer ${await mint({ audience: 'another-api' })}`, /aud/],
      [`Bearer ${await mint({ secret: 'another-secret-of-enough-length-01234567' })}`, /signature/],
      ['Basic dXNlcjpwYXNz', /Bearer/],
    ];
    for (const [header, reason] of cases) {
      const error = await verify(header).catch((e: unknown) => e);
      expect(code(error), header).toBe('UNAUTHENTICATED');
      expect((error as Error).message).toMatch(reason);
    }
  });

  it('refuses every token when no key is configured', async () => {
    const verify = await createVerifier({ issuer: 'x', audience: 'y' });
    expect(code(await verify(`Bearer ${await mint()}`).catch((e: unknown) => e))).toBe('UNAUTHENTICATED');
  });

  it('verifies asymmetric tokens against a JWKS file', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-jwks-'));
    const jwksFile = path.join(dir, 'jwks.json');
    await writeFile(
      jwksFile,
      JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] }),
    );
    const token = await new SignJWT({ scope: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('ops')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    const verify = await createVerifier({ issuer: config.issuer, audience: config.audience, jwksFile });
    expect((await verify(`Bearer ${token}`))?.subject).toBe('ops');
  });
});

describe('scopes', () => {
  const caller = (...scopes: string[]) => ({ subject: 'x', scopes: new Set(scopes) });
  it('names a write scope after its subgraph, and knows no other kinds than read, write and admin', () => {
    expect(writeScope('water')).toBe('write:water');
    expect(['read', 'admin', 'write:water', 'write:water_2'].every(isScope)).toBe(true);
    expect(['write:', 'write:Water', 'write:a-b', 'delete', 'write'].some(isScope)).toBe(false);
  });
  it('lets a caller with the scope, or admin, through', () => {
    expect(requireScope(caller('write:energy'), 'write:energy').subject).toBe('x');
    expect(requireScope(caller('admin'), 'write:security').subject).toBe('x');
  });
  it('refuses no caller as UNAUTHENTICATED and the wrong scope as FORBIDDEN', () => {
    expect(
      code(
        (() => {
          try {
            requireScope(undefined, 'write:energy');
          } catch (e) {
            return e;
          }
        })(),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      code(
        (() => {
          try {
            requireScope(caller('write:energy'), 'write:security');
          } catch (e) {
            return e;
          }
        })(),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('the local secret', () => {
  it('is made once and then read back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pamir-secret-'));
    const first = await localSecret(dir);
    expect(first.length).toBeGreaterThan(30);
    expect(await localSecret(dir)).toBe(first);
  });
});
