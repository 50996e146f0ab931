import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kind, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../src/apollo';
import * as generated from '../src/generated/graphql';

interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

// The build step itself, run here as the build runs it.
const script = pathToFileURL(join(process.cwd(), 'scripts/trusted-documents.mjs')).href;
const { trustedDocuments } = (await import(/* @vite-ignore */ script)) as {
  trustedDocuments: (app: string) => Promise<{ format: string; version: number; operations: ManifestOperation[] }>;
};

/** What the app sends for an operation: the hash alone, then (told the gateway does not know it) text and hash. */
async function sent(document: DocumentNode, type: 'query' | 'mutation') {
  const requests: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }[] = [];
  const fetchStub: typeof fetch = (_url, init) => {
    const body = JSON.parse(init?.body as string) as (typeof requests)[number];
    requests.push(body);
    const answer = body.query
      ? { data: null }
      : { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
    return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  const client = createApolloClient('http://gateway.test/graphql', fetchStub);
  if (type === 'mutation') await client.mutate({ mutation: document }).catch(() => undefined);
  else await client.query({ query: document, fetchPolicy: 'no-cache' }).catch(() => undefined);
  return requests;
}

const operationDocuments = new Map(
  Object.values(generated as Record<string, unknown>)
    .filter((value): value is DocumentNode => (value as DocumentNode | undefined)?.kind === Kind.DOCUMENT)
    .flatMap((document) => {
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      return operation?.name ? [[operation.name.value, document] as const] : [];
    }),
);

describe('trusted documents', async () => {
  const manifest = await trustedDocuments(process.cwd());
  const webOperations = manifest.operations.filter((operation) => operationDocuments.has(operation.name));

  it('is an Apollo persisted-query manifest of every web operation and every IDE example', () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(webOperations.map((operation) => operation.name).sort()).toEqual([...operationDocuments.keys()].sort());
    expect(manifest.operations.length - webOperations.length).toBeGreaterThanOrEqual(13);
  });

  it.each(webOperations.map((operation) => [operation.name, operation] as const))(
    '%s: the app sends exactly the manifest text, by the manifest id',
    async (name, operation) => {
      const document = operationDocuments.get(name);
      if (!document || operation.type === 'subscription') throw new Error(`no document for ${name}`);
      const [hashOnly, withText] = await sent(document, operation.type);
      expect(hashOnly?.query).toBeUndefined();
      expect(hashOnly?.extensions?.persistedQuery?.sha256Hash).toBe(operation.id);
      expect(withText?.query).toBe(operation.body);
      expect(withText?.extensions?.persistedQuery?.sha256Hash).toBe(operation.id);
    },
  );
});
