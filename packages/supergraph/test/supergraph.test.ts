import { describe, expect, it } from 'vitest';
import { composeSupergraph, readSupergraph } from '../src/index.js';

describe('the supergraph', () => {
  it('composes from the subgraphs', () => {
    expect(composeSupergraph()).toContain('join__Graph');
  });

  it('is committed as composed now (run `pnpm compose` when this fails)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });
});
