import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrustedDocuments, sha256 } from '../src/trusted/manifest.js';
import type { TrustedDocumentsMode } from '../src/trusted/plugin.js';
import { startGraph } from './support/graph.js';

const trusted = 'query Countries {\n  countries(first: 2) {\n    nodes {\n      code\n      __typename\n    }\n    __typename\n  }\n}';
const other = '{ countries(first: 1) { totalCount } }';
const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

function manifestFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pamir-trusted-')), 'trusted-documents.json');
  const manifest = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [{ id: sha256(trusted), name: 'Countries', type: 'query', body: trusted }],
  };
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

describe('trusted documents', () => {
  let graph: Awaited<ReturnType<typeof startGraph>> | undefined;
  afterEach(async () => {
    await graph?.close();
    graph = undefined;
  });
  const start = async (mode: TrustedDocumentsMode) => {
    graph = await startGraph({ trusted: { documents: readTrustedDocuments(manifestFile()), mode } });
    return graph;
  };

  it('refuses a manifest whose ids are not the sha256 of their bodies', () => {
    const path = manifestFile();
    writeFileSync(path, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'x', name: 'X', type: 'query', body: other }] }));
    expect(() => readTrustedDocuments(path)).toThrow(/not the sha256 of its body/);
  });

  it('off: any document is served, and automatic persisted queries register as usual', async () => {
    const gateway = await start('off');
    expect((await gateway.post({ query: other })).status).toBe(200);
    const miss = await gateway.post({ extensions: apq(other) });
    expect(miss.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await gateway.post({ query: other, extensions: apq(other) })).status).toBe(200);
    const hit = await gateway.post({ extensions: apq(other) });
    expect(hit.body).toEqual({ data: { countries: { totalCount: 3 } } });
  });

  it('log: unknown documents are served and counted', async () => {
    const gateway = await start('log');
    expect((await gateway.post({ query: other })).status).toBe(200);
    expect((await gateway.post({ query: trusted })).status).toBe(200);
    const metrics = await gateway.metrics();
    expect(metrics).toMatch(/^pamir_trusted_documents_total\{known="false"\} 1$/m);
    expect(metrics).toMatch(/^pamir_trusted_documents_total\{known="true"\} 1$/m);
  });

  it('only: a document of the list is served, as text or by its hash on the very first request', async () => {
    const gateway = await start('only');
    const byHash = await gateway.post({ extensions: apq(trusted) });
    expect(byHash).toEqual({
      status: 200,
      body: { data: { countries: { nodes: [{ code: 'TJK', __typename: 'Country' }, { code: 'AFG', __typename: 'Country' }], __typename: 'CountryConnection' } } },
    });
    expect((await gateway.post({ query: trusted })).status).toBe(200);
  });

  it('only: any other document is refused with 400 PERSISTED_QUERY_NOT_IN_LIST, APQ registration included', async () => {
    const gateway = await start('only');
    for (const body of [{ query: other }, { query: other, extensions: apq(other) }]) {
      const before = gateway.events.reached;
      const answer = await gateway.post(body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_IN_LIST' });
      expect(gateway.events.reached).toBe(before);
    }
    // Never registered, so a later hash-only request still misses.
    const miss = await gateway.post({ extensions: apq(other) });
    expect(miss.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await gateway.metrics()).toMatch(/^pamir_operations_refused_total\{code="PERSISTED_QUERY_NOT_IN_LIST"\} 2$/m);
  });
});
