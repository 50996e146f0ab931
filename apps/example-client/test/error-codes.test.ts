import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Holds the guide's error-code table (apps/README.md) to the servers' source: every code a server
// sends is in the table, and the table names no code that no server has any more.
const root = join(import.meta.dirname, '../../..');
const serverSources = ['apps/gateway/src', 'packages', 'services'];

/** Every .ts/.js file a server runs from: no tests, builds, generated or installed code. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'generated', 'test', 'drizzle', 'data'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.(test|config|d)\.[a-z]+$/.test(entry.name) ? [path] : [];
  });
}

const quotedCodes = (text: string) => [...text.matchAll(/['"]([A-Z][A-Z_]+)['"]/g)].map((match) => match[1]!);

/** The text between a start marker and the first end marker after it; fails if the marker moved. */
function block(file: string, start: string, end: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const from = text.indexOf(start);
  expect(from, `${file} no longer holds ${start}`).toBeGreaterThanOrEqual(0);
  return text.slice(from, text.indexOf(end, from));
}

/** Where each code the servers can send is named, code by code. */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const note = (code: string, where: string) => found.has(code) || found.set(code, where);
  // Errors made in place: `extensions: { code: 'NOT_FOUND' }`.
  for (const file of serverSources.flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bcode: ['"]([A-Z][A-Z_]+)['"]/g)) note(match[1]!, relative(root, file));
  }
  // The gateway's refusals, made by `refusal(metrics, code, …)` with a code of this type.
  for (const code of quotedCodes(block('apps/gateway/src/refusal.ts', 'export type RefusalCode', ';'))) note(code, 'RefusalCode');
  // The codes formatError lets through to a client (Apollo Server's own among them); it masks the rest.
  for (const code of quotedCodes(block('packages/graph/src/errors.ts', 'const knownCodes', ']);'))) note(code, 'knownCodes');
  return found;
}

function codesInTable(): string[] {
  const guide = readFileSync(join(root, 'apps/README.md'), 'utf8');
  return [...guide.matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((match) => match[1]!);
}

describe('the guide’s error-code table', () => {
  const source = codesInSource();
  const table = codesInTable();

  it('finds codes on both sides', () => {
    expect(source.size).toBeGreaterThan(20);
    expect(table.length).toBeGreaterThan(20);
    expect(new Set(table).size, 'a code is in the table twice').toBe(table.length);
  });

  it('names every code the servers send', () => {
    const missing = [...source].filter(([code]) => !table.includes(code)).map(([code, where]) => `${code} (${where})`);
    expect(missing, 'codes missing from the table in apps/README.md').toEqual([]);
  });

  it('names no code the servers no longer have', () => {
    expect(table.filter((code) => !source.has(code)), 'codes in apps/README.md that no server sends').toEqual([]);
  });
});
