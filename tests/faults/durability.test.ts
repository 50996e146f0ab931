import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../kit/client.js';
import { stackDrivers } from '../kit/databases.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

const writers = 8;
const runMs = 20_000;
const killAfterAcknowledged = 80;

type Outcome = 'acknowledged' | 'refused' | 'unknown';

// Nothing acknowledged is ever lost: eight writers create places through the gateway for twenty
// seconds while the reference subgraph is killed with SIGKILL and started again. Every write the
// graph acknowledged must be there afterwards with its revision and audit entry; every write it
// refused must not. (A write cut off mid-flight has no answer: either outcome is right for it.)
describe.each(stackDrivers())('writes across a kill -9 on %s', (driver) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(driver);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps every acknowledged write, with its revision and audit entry, and no refused one', async () => {
    const token = await stack.token(['write:reference'], 'durability');
    const source = await firstSource(stack);
    const outcomes = new Map<string, Outcome>();
    let acknowledged = 0;
    let acknowledgedAfterRestart = 0;
    let phase: 'before' | 'down' | 'after' = 'before';
    const deadline = Date.now() + runMs;

    const crash = (async () => {
      while (acknowledged < killAfterAcknowledged && Date.now() < deadline) await new Promise((r) => setImmediate(r));
      phase = 'down';
      await stack.killProcess('reference');
      await stack.startProcess('reference');
      phase = 'after';
    })();

    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 0; Date.now() < deadline; n++) {
          const id = `durable-${driver}-w${writer}-${n}`;
          // Every fifth write cites a source that does not exist: the subgraph must refuse it whole.
          const refusedOnPurpose = n % 5 === 4;
          const outcome = await createPlace(stack, token, id, refusedOnPurpose ? `no-such-source-${id}` : source);
          outcomes.set(id, outcome);
          if (outcome === 'acknowledged') {
            acknowledged++;
            if (phase === 'after') acknowledgedAfterRestart++;
          }
          if (refusedOnPurpose && outcome === 'acknowledged') throw new Error(`${id} cited a missing source and was acknowledged`);
        }
      }),
    );
    await crash;

    const ids = (wanted: Outcome) => [...outcomes].filter(([, outcome]) => outcome === wanted).map(([id]) => id);
    expect(ids('acknowledged').length).toBeGreaterThan(killAfterAcknowledged);
    expect(acknowledgedAfterRestart).toBeGreaterThan(0);
    expect(ids('refused').length).toBeGreaterThan(0);

    const stored = await placesById(stack, [...ids('acknowledged'), ...ids('refused')]);
    const audited = await acceptedCreations(stack);
    const lost = ids('acknowledged').filter((id) => stored.get(id)?.revisions[0]?.operation !== 'CREATE' || !audited.has(id));
    const leaked = ids('refused').filter((id) => stored.has(id));
    expect(lost, 'acknowledged writes missing, or without their revision or audit entry').toEqual([]);
    expect(leaked, 'refused writes that were stored').toEqual([]);
    console.log(
      `${driver}: ${outcomes.size} writes, ${ids('acknowledged').length} acknowledged (all found), ` +
        `${ids('refused').length} refused (none found), ${ids('unknown').length} unanswered (the subgraph down, or cut off mid-flight)`,
    );
  });
});

async function firstSource(client: GraphClient): Promise<string> {
  const { data } = await client.query<{ sourceDocuments: { nodes: { id: string }[] } }>('{ sourceDocuments(first: 1) { nodes { id } } }');
  return data!.sourceDocuments.nodes[0]!.id;
}

async function createPlace(client: GraphClient, token: string, id: string, source: string): Promise<Outcome> {
  try {
    const { data, errors } = await client.query<{ createPlace: { id: string } | null }>(
      `mutation ($input: PlaceInput!) { createPlace(input: $input) { id } }`,
      {
        input: {
          id,
          name: `Durability ${id}`,
          kind: 'SETTLEMENT',
          country: 'TJK',
          citations: [{ source, quote: 'durability test' }],
        },
      },
      { token },
    );
    if (data?.createPlace?.id === id && !errors) return 'acknowledged';
    const code = errors?.[0]?.extensions?.['code'];
    return code === 'BAD_USER_INPUT' || code === 'CONFLICT' ? 'refused' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The places stored under these ids, read from the reference subgraph itself, a hundred at a time. */
async function placesById(client: GraphClient, ids: string[]) {
  const found = new Map<string, { revisions: { operation: string }[] }>();
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100);
    const query = `{ ${batch.map((id, j) => `p${j}: place(id: ${JSON.stringify(id)}) { id revisions { operation } }`).join(' ')} }`;
    const { data, errors } = await client.query<Record<string, { id: string; revisions: { operation: string }[] } | null>>(query, {}, { target: 'reference' });
    expect(errors).toBeUndefined();
    for (const place of Object.values(data ?? {})) if (place) found.set(place.id, place);
  }
  return found;
}

/** Ids of every place the reference audit log records as created. */
async function acceptedCreations(client: GraphClient): Promise<Set<string>> {
  const token = await client.token(['admin']);
  const ids = new Set<string>();
  for (let after: string | null = null; ; ) {
    const page: { data?: { referenceAuditLog: { nodes: { operation: string; recordId: string | null; outcome: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
      await client.query(
        `query ($after: String) { referenceAuditLog(first: 100, after: $after) { nodes { operation recordId outcome } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { target: 'reference', token },
      );
    const log = page.data!.referenceAuditLog;
    for (const entry of log.nodes) if (entry.operation === 'createPlace' && entry.outcome === 'ACCEPTED' && entry.recordId) ids.add(entry.recordId);
    if (!log.pageInfo.hasNextPage) return ids;
    after = log.pageInfo.endCursor;
  }
}
