#!/usr/bin/env node
// `pnpm -s run token --scope write:<subgraph> --sub alice [--expires 8h]`: a token for the local installation.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isScope } from './caller.js';
import { localAudience, localIssuer, localSecret } from './local-secret.js';
import { mintToken } from './mint.js';

const { values } = parseArgs({
  options: {
    scope: { type: 'string', multiple: true, default: [] },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const scopes = values.scope.flatMap((scope) => scope.split(/[\s,]+/)).filter(Boolean);
// A write scope is checked for its form only: the subgraphs are listed outside this package.
const unknown = scopes.filter((scope) => !isScope(scope));
if (!values.sub || scopes.length === 0 || unknown.length) {
  console.error(
    `usage: pnpm -s run token --scope <scope> [--scope <scope>] --sub <name> [--expires 8h]\nscopes: read, admin, write:<subgraph> (a subgraph's name as services/subgraphs.json lists it)` +
      (unknown.length ? `\nunknown scope: ${unknown.join(', ')}` : ''),
  );
  process.exit(2);
}
const dataRoot = process.env['PAMIR_DATA_DIR'] ?? fileURLToPath(new URL('../../../.data', import.meta.url));
const secret = process.env['PAMIR_JWT_SECRET'] ?? (await localSecret(dataRoot));
console.log(
  await mintToken({
    secret,
    issuer: process.env['PAMIR_JWT_ISSUER'] ?? localIssuer,
    audience: process.env['PAMIR_JWT_AUDIENCE'] ?? localAudience,
    subject: values.sub,
    scopes,
    expiresIn: values.expires,
  }),
);
