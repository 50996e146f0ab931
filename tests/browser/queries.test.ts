import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedGraph } from '../kit/shared.js';

// The IDE's example analyst queries (apps/web/queries/*.graphql) run as they are, through the
// gateway of a real stack: no errors, and data in every part of the answer.
const folder = new URL('../../apps/web/queries/', import.meta.url);
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

/** The number of list items anywhere in a response. */
function itemsIn(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((sum: number, item) => sum + itemsIn(item), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((sum: number, item) => sum + itemsIn(item), 0);
  return 0;
}

describe('example analyst queries against the running graph', () => {
  const stack = sharedGraph('pglite');

  it('has at least ten of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s runs without errors and finds data', async (file) => {
    const { data, errors } = await stack.query(readFileSync(new URL(file, folder), 'utf8'));
    expect(errors).toBeUndefined();
    expect(data).toBeTruthy();
    for (const [field, value] of Object.entries(data!)) expect(value, `${file}: ${field}`).not.toBeNull();
    expect(itemsIn(data)).toBeGreaterThan(0);
  });
});
