import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseExample } from '../src/graphiql/examples';

// The IDE's example queries: each one must be valid against the API schema as it is committed,
// say what it asks in its header, and hold one named operation GraphiQL can run.
const folder = path.join(import.meta.dirname, '../queries');
const files = readdirSync(folder).filter((file) => file.endsWith('.graphql'));
const schema = buildSchema(readFileSync(path.join(import.meta.dirname, '../../../packages/supergraph/schema.graphql'), 'utf8'));

describe('example analyst queries', () => {
  it('has at least ten', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s is valid against the schema and explains itself', (file) => {
    const source = readFileSync(path.join(folder, file), 'utf8');
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
    const example = parseExample(file, source);
    expect(example.title).not.toBe(file);
    expect(example.question.length).toBeGreaterThan(40);
    expect(example.operationName).toMatch(/^[A-Z]/);
  });
});
