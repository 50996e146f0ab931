import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../kit/stack.js';

// A subgraph that goes away costs its own fields, not the whole answer, and comes back on restart.
describe('a subgraph going down', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('leaves the other subgraphs answering, and names the one that did not', async () => {
    const query = `{ tajikistan: country(code: "TJK") { name } energyProjects { totalCount } }`;
    await stack.stopProcess('energy');
    const partial = await stack.query<{ tajikistan: { name: string } | null }>(query);
    expect(partial.data?.tajikistan).toEqual({ name: 'Tajikistan' });
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'energy' });

    await stack.startProcess('energy');
    const whole = await stack.query<{ energyProjects: { totalCount: number } }>(query);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.energyProjects.totalCount).toBeGreaterThan(0);
  });
});
