import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, composeSupergraph, readSupergraph } from '../src/index.js';

describe('the supergraph', () => {
  const composed = composeSupergraph();

  it('composes from the subgraphs', () => {
    expect(composed.supergraph).toContain('join__Graph');
    expect(composed.apiSchema).toContain('type SecurityEvent');
    expect(composed.apiSchema).not.toContain('join__');
  });

  it('is committed as composed now (run `pnpm compose` when this fails)', () => {
    expect(readSupergraph()).toBe(composed.supergraph);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(composed.apiSchema);
  });
});
