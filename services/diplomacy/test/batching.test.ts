import type { DatabaseHandle } from '@pamir/db';
import { testDrivers } from '@pamir/db/testing';
import { subgraphClient } from '@pamir/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, graphSchema, schema } from '../src/app.js';
import { fixtureDatabase, type Client } from './harness.js';

// A list of many records asking for nested data must cost one SQL statement per kind of nested
// data, not one per record: the same count for 1 record as for 100.

const bulk = 100;
const bulkIds = Array.from({ length: bulk }, (_, i) => `bulk-${String(i).padStart(3, '0')}`);
/** Dates after every fixture, so the bulk records come first in newest-first order. */
const bulkDate = (i: number) => `2090-01-${String((i % 28) + 1).padStart(2, '0')}`;

async function insertBulk(db: DatabaseHandle<typeof schema>['db']): Promise<void> {
  await db.insert(schema.engagements).values(
    bulkIds.map((id, i) => ({
      id,
      title: `Bulk engagement ${i}`,
      kind: 'MEETING' as const,
      cameoCode: '040',
      startDate: bulkDate(i),
      datePrecision: 'DAY' as const,
    })),
  );
  await db.insert(schema.engagementParticipants).values(
    bulkIds.flatMap((id) => [
      { engagementId: id, position: 0, countryCode: 'TJK', personId: 'emomali-rahmon', role: 'HOST' as const },
      { engagementId: id, position: 1, organizationId: 'sco', role: 'GUEST' as const },
    ]),
  );
  await db.insert(schema.engagementCitations).values(
    bulkIds.map((id) => ({ recordId: id, position: 0, sourceId: 'fixture-asia-plus', quote: 'met' })),
  );
  await db.insert(schema.agreements).values(
    bulkIds.map((id, i) => ({
      id,
      title: `Bulk agreement ${i}`,
      instrumentType: 'MOU' as const,
      form: 'BILATERAL' as const,
      status: 'SIGNED' as const,
      signedOn: bulkDate(i),
      datePrecision: 'DAY' as const,
      subjects: ['ENERGY' as const],
      engagementId: id,
    })),
  );
  await db.insert(schema.agreementParties).values(
    bulkIds.flatMap((id) => [
      { agreementId: id, position: 0, countryCode: 'TJK', signatoryId: 'emomali-rahmon' },
      { agreementId: id, position: 1, countryCode: 'CHN', organizationId: 'fixture-builder' },
    ]),
  );
  await db.insert(schema.agreementWitnesses).values(bulkIds.map((id) => ({ agreementId: id, personId: 'fixture-witness', position: 0 })));
  await db.insert(schema.agreementEnergyProjects).values(
    bulkIds.map((id, i) => ({ agreementId: id, projectId: `project-${i % 7}`, position: 0 })),
  );
  await db.insert(schema.agreementCitations).values(
    bulkIds.map((id) => ({ recordId: id, position: 0, sourceId: 'fixture-asia-plus', quote: 'signed' })),
  );
}

describe.each(testDrivers())('diplomacy nested data in constant statements on %s', (driver) => {
  let database: DatabaseHandle<typeof schema>;
  let client: Client;

  beforeAll(async () => {
    // Its own database: the bulk rows would upset the other suites' expectations.
    database = await fixtureDatabase(driver);
    await insertBulk(database.db);
    client = await subgraphClient(graphSchema, () => createContext(database.db));
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });

  /** Runs the query and returns how many nodes came back and how many statements it cost. */
  async function measure(query: string, list: 'agreements' | 'engagements') {
    const before = database.statements();
    const { data, errors } = await client.query(query);
    expect(errors).toBeUndefined();
    const nodes = (data as Record<string, { nodes: unknown[] }>)[list]!.nodes;
    return { nodes: nodes.length, statements: database.statements() - before };
  }

  it('answers 100 agreements with parties, witnesses, projects, engagement and citations in as many statements as 1', async () => {
    const query = (first: number) => `{
      agreements(first: ${first}) {
        nodes {
          parties { country { code } organization { id } signatory { id } }
          witnesses { id }
          energyProjects { id }
          engagement { id }
          citations { quote }
        }
      }
    }`;
    const one = await measure(query(1), 'agreements');
    const hundred = await measure(query(100), 'agreements');
    expect(one.nodes).toBe(1);
    expect(hundred.nodes).toBe(100);
    // the page, parties, witnesses, projects, engagements, citations
    expect(one.statements).toBe(6);
    expect(hundred.statements).toBe(one.statements);
  });

  it('answers 100 engagements with participants, agreements and citations in as many statements as 1', async () => {
    const query = (first: number) => `{
      engagements(first: ${first}) {
        nodes {
          participants { country { code } organization { id } person { id } role }
          agreements { id parties { country { code } } }
          citations { quote }
        }
      }
    }`;
    const one = await measure(query(1), 'engagements');
    const hundred = await measure(query(100), 'engagements');
    expect(one.nodes).toBe(1);
    expect(hundred.nodes).toBe(100);
    // the page, participants, agreements, their parties, citations
    expect(one.statements).toBe(5);
    expect(hundred.statements).toBe(one.statements);
  });
});
