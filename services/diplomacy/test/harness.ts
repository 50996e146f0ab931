import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from '@pamir/db';
import { createTestDatabase } from '@pamir/db/testing';
import type { RequestAuth } from '@pamir/auth';
import { knownEntities, subgraphClient, type TestResult } from '@pamir/server/testing';
import { afterAll, beforeAll } from 'vitest';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A migrated database seeded from test/fixtures. */
export function fixtureDatabase(driver: 'pglite' | 'postgres'): Promise<DatabaseHandle<typeof schema>> {
  return createTestDatabase(driver, {
    service: 'diplomacy',
    schema,
    migrationsFolder,
    seed: async (handle) => {
      await loadCuratedData(handle.db, fixtures);
    },
  });
}

export type Client = Awaited<ReturnType<typeof subgraphClient>>;

/** The other subgraphs' entities the fixtures name: what reference checks find in the tests. */
export const knownPeers = knownEntities({
  Country: ['TJK', 'ARE', 'CHN', 'AFG'],
  Place: ['fixture-abu-dhabi'],
  Organization: ['masdar', 'sco', 'fixture-builder', 'fixture-tjk-ministry-of-energy'],
  Person: ['emomali-rahmon', 'fixture-uae-president', 'fixture-witness', 'fixture-tjk-foreign-minister'],
  EnergyProject: ['fixture-solar-plant', 'fixture-power-line'],
  SourceDocument: ['fixture-asia-plus', 'fixture-xinhua'],
});

/** A caller holding the given scopes, as a verified token would say. */
export function caller(subject: string, ...scopes: string[]): RequestAuth {
  return { caller: { subject, scopes: new Set(scopes) } };
}

/**
 * A fixture database and a client for the subgraph over it, for one describe block; the getters
 * are valid once beforeAll has run.
 */
export function useSubgraph(driver: 'pglite' | 'postgres') {
  let database: DatabaseHandle<typeof schema> | undefined;
  let client: Client | undefined;
  // Who the next operation runs as; read when its context is made, at the start of the call.
  let auth: RequestAuth = {};
  beforeAll(async () => {
    database = await fixtureDatabase(driver);
    const db = database.db;
    client = await subgraphClient(graphSchema, () => createContext(db, auth, knownPeers));
  });
  afterAll(async () => {
    await client?.stop();
    await database?.close();
  });
  return {
    database: () => database!,
    client: () => client!,
    /** Runs operations as the given caller (`{}`: no token). */
    as(who: RequestAuth) {
      return {
        query(query: string, variables?: Record<string, unknown>): Promise<TestResult> {
          auth = who;
          try {
            return client!.query(query, variables);
          } finally {
            auth = {};
          }
        },
      };
    },
    /** Runs a query that must succeed and returns its data. */
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await client!.query(query, variables);
      if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
  };
}

/** The ids of a connection's nodes. */
export function ids(connection: { nodes: { id: string }[] }): string[] {
  return connection.nodes.map((node) => node.id);
}
