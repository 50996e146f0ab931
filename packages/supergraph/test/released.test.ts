import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelease, sameSchemas, writeRelease } from '../src/released.js';

const dir = mkdtempSync(join(tmpdir(), 'pamir-released-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a release', () => {
  it('is nothing until one is recorded', () => {
    expect(readRelease(join(dir, 'none'))).toBeUndefined();
  });

  it('is one file per subgraph and one for the API schema, read back as written', () => {
    const release = {
      subgraphs: new Map([
        ['one', 'type Query { a: Int }\n'],
        ['two', 'type Query { b: Int }\n'],
      ]),
      apiSchema: 'type Query { a: Int b: Int }\n',
    };
    writeRelease(release, dir);
    expect(readdirSync(dir).sort()).toEqual(['api-schema.graphql', 'one.graphql', 'two.graphql']);
    expect(sameSchemas(readRelease(dir)!, release)).toBe(true);
  });

  it('drops the file of a subgraph no longer listed, and keeps other files', () => {
    writeFileSync(join(dir, 'README.md'), 'kept');
    writeRelease(
      { subgraphs: new Map([['one', 'type Query { a: Int }\n']]), apiSchema: 'type Query { a: Int }\n' },
      dir,
    );
    expect(existsSync(join(dir, 'two.graphql'))).toBe(false);
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect([...readRelease(dir)!.subgraphs.keys()]).toEqual(['one']);
  });
});
