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
    // energyProject is nullable, so its failure stays in its own field (a non-null list would
    // take the whole answer with it).
    const query = `{ tajikistan: country(code: "TJK") { name } energyProject(id: "casa-1000") { name } }`;
    await stack.stopProcess('energy');
    const partial = await stack.query<{ tajikistan: { name: string } | null; energyProject: unknown }>(query);
    expect(partial.data).toEqual({ tajikistan: { name: 'Tajikistan' }, energyProject: null });
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'energy' });

    await stack.startProcess('energy');
    const whole = await stack.query<{ energyProject: { name: string } }>(query);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.energyProject).toEqual({ name: 'CASA-1000' });
  });
});
