import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestDocuments, operationsOf, webSourceDocuments } from '../src/saved-operations.js';

const dir = mkdtempSync(join(tmpdir(), 'pamir-saved-operations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saved operations', () => {
  it("are read from the web client's source, each with the fragments it spreads from other files", () => {
    const operations = operationsOf(webSourceDocuments(), 'shared');
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
    for (const operation of operations) {
      expect(operation.file).toMatch(/^apps\/web\/src\/.+\.tsx?$/);
      const spread = [...operation.document.matchAll(/\.\.\.([A-Za-z_]\w*)/g)].map((match) => match[1]);
      for (const fragment of spread)
        expect(operation.document, `${operation.name} carries ${fragment}`).toContain(
          `fragment ${fragment} on`,
        );
    }
    expect(
      operations.some(
        (operation) =>
          operation.document.includes('fragment ') && operation.file !== 'apps/web/src/fragments.ts',
      ),
    ).toBe(true);
  });

  it('are read from a trusted-documents manifest, each entry on its own', () => {
    const manifest = join(dir, 'trusted-documents.json');
    const body = 'query Two { ...F }\n\nfragment F on Query { __typename }';
    writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [
          { id: 'a', name: 'One', type: 'query', body: 'query One { __typename }' },
          { id: 'b', name: 'Two', type: 'query', body },
        ],
      }),
    );
    const operations = operationsOf(manifestDocuments(manifest), 'own');
    expect(operations.map(({ name, document }) => ({ name, document }))).toEqual([
      { name: 'One', document: 'query One {\n  __typename\n}' },
      { name: 'Two', document: 'query Two {\n  ...F\n}\n\nfragment F on Query {\n  __typename\n}' },
    ]);
  });

  it('refuse a manifest that is not one, naming the entry', () => {
    const manifest = join(dir, 'bad.json');
    writeFileSync(manifest, JSON.stringify({ operations: [{ id: 'a', name: 'One' }] }));
    expect(() => manifestDocuments(manifest)).toThrow(`${manifest}: operations.0.body is not a string`);
  });
});
