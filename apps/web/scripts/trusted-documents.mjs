// After `vite build`: the trusted documents, the operations this app and its IDE examples send,
// as an Apollo persisted-query manifest at dist/trusted-documents.json. The gateway reads it
// (PAMIR_TRUSTED_DOCUMENTS) to preload its persisted-query cache and, in `only` mode, to refuse
// anything else.
//
// The web client's operations go through Apollo's own generator, which runs each one through an
// Apollo Client (adding __typename as the cache does) and prints it with its definitions sorted;
// src/apollo.ts sorts the same way, so the text the app sends, and its sha256, are the manifest's.
// The IDE examples are sent as their files' text, so that text is what is trusted.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';
import { Kind, parse } from 'graphql';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The manifest: the web client's operations, then the IDE examples, each once. `app` is apps/web. */
export async function trustedDocuments(app) {
  const cwd = process.cwd();
  process.chdir(app); // the generator resolves its globs from the working directory
  let client;
  try {
    client = await generatePersistedQueryManifest({
      documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.test.{ts,tsx}'],
    });
  } finally {
    process.chdir(cwd);
  }
  const examples = readdirSync(join(app, 'queries'))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const body = readFileSync(join(app, 'queries', file), 'utf8');
      const operation = parse(body).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      return { id: sha256(body), name: operation?.name?.value ?? file, type: operation?.operation ?? 'query', body };
    });
  const seen = new Set();
  const operations = [...client.operations, ...examples].filter(({ id }) => !seen.has(id) && seen.add(id));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const app = fileURLToPath(new URL('..', import.meta.url));
  const manifest = await trustedDocuments(app);
  mkdirSync(join(app, 'dist'), { recursive: true });
  writeFileSync(join(app, 'dist', 'trusted-documents.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`trusted documents: ${manifest.operations.length} operations in dist/trusted-documents.json`);
}
