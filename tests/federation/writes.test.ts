import { entryPoint } from '@pamir/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcess } from '../kit/process.js';
import { stackDrivers } from '../kit/databases.js';
import { freePort } from '../kit/ports.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

// Writes as a domain team makes them: through the gateway, with real tokens, checked by the
// subgraph that owns the record, and kept once acknowledged.

const incursion = {
  id: '2024-06-01-darvaz-test-incursion',
  title: 'A test incursion recorded by the security team',
  summary: 'Written by the end-to-end tests.',
  date: '2024-06-01',
  datePrecision: 'DAY',
  disorderType: 'POLITICAL_VIOLENCE',
  eventType: 'BATTLES',
  subEventType: 'ARMED_CLASH',
  country: 'TJK',
  place: 'darvaz-district',
  actors: [{ organization: 'jamaat-ansarullah', role: 'ACTOR1', actorType: 'REBEL_GROUP' }],
  civilianTargeting: false,
  tags: ['test'],
  citations: [{ source: 'amu-tv-tajik-forces-kill-three-ansarullah', quote: 'Tajik forces' }],
};

const createEvent = `mutation ($input: SecurityEventInput!) { createSecurityEvent(input: $input) { id version title place { name } } }`;
const updateEvent = `mutation ($id: ID!, $version: Int!, $patch: SecurityEventPatch!) {
  updateSecurityEvent(id: $id, version: $version, patch: $patch) { id version title }
}`;

describe.each(stackDrivers())('writes through the gateway on %s', (driver) => {
  let stack: TestStack;
  let source: string;
  beforeAll(async () => {
    stack = await startTestStack(driver);
    const sources = await stack.query<{ sourceDocuments: { nodes: { id: string }[] } }>(
      `{ sourceDocuments(filter: { search: "Amu" }) { nodes { id } } }`,
    );
    source = sources.data!.sourceDocuments.nodes[0]!.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const event = (overrides: Record<string, unknown> = {}) => ({
    ...incursion,
    citations: [{ source, quote: 'Tajik forces' }],
    ...overrides,
  });
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.['code'];

  it('refuses a write without a token, and with a token for another domain', async () => {
    expect(code(await stack.query(createEvent, { input: event({ id: 'x-no-token' }) }))).toBe('UNAUTHENTICATED');
    const energyTeam = await stack.token(['write:energy']);
    expect(code(await stack.query(createEvent, { input: event({ id: 'x-wrong-scope' }) }, { token: energyTeam }))).toBe('FORBIDDEN');
    const expired = await stack.token(['write:security'], 'late', '-1m');
    expect(code(await stack.query(createEvent, { input: event({ id: 'x-expired' }) }, { token: expired }))).toBe('UNAUTHENTICATED');
  });

  it('accepts a write with the domain scope, and with admin', async () => {
    const securityTeam = await stack.token(['write:security'], 'alice');
    const created = await stack.query<{ createSecurityEvent: { id: string; version: number; place: { name: string } } }>(
      createEvent,
      { input: event() },
      { token: securityTeam },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSecurityEvent).toMatchObject({ id: incursion.id, version: 1, place: { name: 'Darvaz District' } });
    const admin = await stack.token(['admin'], 'root');
    const second = await stack.query(createEvent, { input: event({ id: '2024-06-02-darvaz-admin-test' }) }, { token: admin });
    expect(second.errors).toBeUndefined();
  });

  it('checks references against the subgraph that owns them, naming the field', async () => {
    const token = await stack.token(['write:security']);
    const result = await stack.query(createEvent, { input: event({ id: '2024-06-03-nowhere', place: 'no-such-place' }) }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.place' });
    const lookup = await stack.query(`{ securityEvent(id: "2024-06-03-nowhere") { id } }`);
    expect(lookup.data).toEqual({ securityEvent: null });
  });

  it('refuses invalid input, naming every field, and writes nothing', async () => {
    const before = await stack.query<{ securityEvents: { totalCount: number } }>(`{ securityEvents(first: 0) { totalCount } }`);
    const token = await stack.token(['write:security']);
    const result = await stack.query(
      createEvent,
      // Each value has the right GraphQL type, so the subgraph's own checks are what refuse them.
      { input: event({ id: 'Not A Slug', subEventType: 'PEACEFUL_PROTEST', fatalities: -3, citations: [] }) },
      { token },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const paths = (result.errors?.[0]?.extensions?.['fields'] as { path: string }[]).map((field) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['input.id', 'input.fatalities', 'input.citations']));
    const after = await stack.query<{ securityEvents: { totalCount: number } }>(`{ securityEvents(first: 0) { totalCount } }`);
    expect(after.data!.securityEvents.totalCount).toBe(before.data!.securityEvents.totalCount);
    expect((await stack.query(`{ securityEvent(id: "Not A Slug") { id } }`)).data).toEqual({ securityEvent: null });
  });

  it('refuses a conflicting update and keeps the first writer’s change', async () => {
    const alice = await stack.token(['write:security'], 'alice');
    const bob = await stack.token(['write:security'], 'bob');
    const first = await stack.query(updateEvent, { id: incursion.id, version: 1, patch: { title: "Alice's title" } }, { token: alice });
    expect(first.errors).toBeUndefined();
    const second = await stack.query(updateEvent, { id: incursion.id, version: 1, patch: { title: "Bob's title" } }, { token: bob });
    expect(code(second)).toBe('CONFLICT');
    const stored = await stack.query<{ securityEvent: { title: string; version: number; revisions: { changedBy: string; operation: string; changedFields: string[] }[] } }>(
      `{ securityEvent(id: "${incursion.id}") { title version revisions { changedBy operation changedFields } } }`,
    );
    expect(stored.data!.securityEvent).toMatchObject({ title: "Alice's title", version: 2 });
    expect(stored.data!.securityEvent.revisions.map((r) => [r.operation, r.changedBy])).toEqual([
      ['CREATE', 'alice'],
      ['UPDATE', 'alice'],
    ]);
    expect(stored.data!.securityEvent.revisions[1]!.changedFields).toEqual(['title']);
  });

  it('never answers a read from before a write, whichever subgraph took it', async () => {
    const read = `{ securityEvent(id: "${incursion.id}") { title place { id name version } } }`;
    type Read = { securityEvent: { title: string; place: { id: string; name: string; version: number } } };
    const statements = () => stack.metric('reference', 'pamir_sql_statements_total');
    const start = await statements();
    const first = await stack.query<Read>(read);
    const between = await statements();
    expect((await stack.query<Read>(read)).data).toEqual(first.data);
    // Asked again, the place comes from the reference subgraph's cache: one statement, for the generation.
    expect(between - start).toBeGreaterThan(1);
    expect((await statements()) - between).toBe(1);

    const place = first.data!.securityEvent.place;
    const referenceTeam = await stack.token(['write:reference']);
    const renamed = await stack.query(
      `mutation ($id: ID!, $version: Int!) { updatePlace(id: $id, version: $version, patch: { name: "Darvaz (renamed)" }) { name } }`,
      { id: place.id, version: place.version },
      { token: referenceTeam },
    );
    expect(renamed.errors).toBeUndefined();
    expect((await stack.query<Read>(read)).data!.securityEvent.place.name).toBe('Darvaz (renamed)');
    const securityTeam = await stack.token(['write:security']);
    const current = (await stack.query<{ securityEvent: { version: number } }>(`{ securityEvent(id: "${incursion.id}") { version } }`)).data!;
    await stack.query(updateEvent, { id: incursion.id, version: current.securityEvent.version, patch: { title: 'Retitled' } }, { token: securityTeam });
    expect((await stack.query<Read>(read)).data!.securityEvent.title).toBe('Retitled');

    // A second copy of the reference subgraph on the same database takes a write the gateway never
    // sees; the copy the gateway asks has the old answer cached, and must not give it.
    if (driver !== 'postgres') return;
    const port = await freePort();
    const copy = await startProcess(process.execPath, [entryPoint('reference')], {
      cwd: process.cwd(),
      env: { ...stack.env, PORT: String(port) },
      url: `http://127.0.0.1:${port}/health`,
      name: 'a second reference subgraph',
    });
    try {
      const version = (await stack.query<Read>(read)).data!.securityEvent.place.version;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${referenceTeam}`, 'x-pamir-gateway-secret': stack.env['PAMIR_GATEWAY_SECRET']! },
        body: JSON.stringify({
          query: `mutation ($id: ID!, $version: Int!) { updatePlace(id: $id, version: $version, patch: { name: "Darvaz District" }) { name } }`,
          variables: { id: place.id, version },
        }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect((await stack.query<Read>(read)).data!.securityEvent.place.name).toBe('Darvaz District');
    } finally {
      await copy.stop();
    }
  });

  it('keeps the audit log for admins only, with refused writes in it', async () => {
    const query = `{ securityAuditLog(first: 100) { nodes { caller operation outcome } } }`;
    expect(code(await stack.query(query, {}, { token: await stack.token(['write:security']) }))).toBe('FORBIDDEN');
    const log = await stack.query<{ securityAuditLog: { nodes: { caller: string | null; operation: string; outcome: string }[] } }>(query, {}, {
      token: await stack.token(['admin']),
    });
    const outcomes = log.data!.securityAuditLog.nodes.map((entry) => entry.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['ACCEPTED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT']));
  });

  it('keeps an acknowledged write when the subgraph is killed right after it', async () => {
    const token = await stack.token(['write:energy']);
    const current = await stack.query<{ energyProject: { version: number } }>(`{ energyProject(id: "casa-1000") { version } }`);
    const update = await stack.query<{ updateEnergyProject: { status: string; version: number } }>(
      `mutation ($version: Int!) { updateEnergyProject(id: "casa-1000", version: $version, patch: { status: OPERATING }) { status version } }`,
      { version: current.data!.energyProject.version },
      { token },
    );
    expect(update.errors).toBeUndefined();
    await stack.killProcess('energy');
    await stack.startProcess('energy');
    const after = await stack.query<{ energyProject: { status: string; version: number } }>(`{ energyProject(id: "casa-1000") { status version } }`);
    expect(after.data!.energyProject).toEqual(update.data!.updateEnergyProject);
  });
});

describe('a locked-down installation', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { env: { PAMIR_GATEWAY_SECRET: 'between-gateway-and-subgraphs', PAMIR_READS_REQUIRE_AUTH: 'true' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('needs a token with `read` for queries', async () => {
    const anonymous = await stack.query(`{ country(code: "TJK") { name } }`);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const reader = await stack.query(`{ country(code: "TJK") { name securityEvents { totalCount } } }`, {}, { token: await stack.token(['read']) });
    expect(reader.errors).toBeUndefined();
  });

  it('has subgraphs refuse requests that do not come through the gateway', async () => {
    const direct = await fetch(stack.urls.security!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token(['admin'])}` },
      body: JSON.stringify({ query: '{ securityEvents { totalCount } }' }),
    });
    expect(direct.status).toBe(403);
    expect(((await direct.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
  });
});
