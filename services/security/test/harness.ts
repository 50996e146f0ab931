import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from '@pamir/db';
import { createTestDatabase } from '@pamir/db/testing';
import { subgraphClient } from '@pamir/server/testing';
import { expect } from 'vitest';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

export type SecurityDatabase = DatabaseHandle<typeof schema>;
export type Client = Awaited<ReturnType<typeof subgraphClient>>;

/** A fresh database, migrated and seeded from test/fixtures. */
export function openTestDatabase(driver: 'pglite' | 'postgres'): Promise<SecurityDatabase> {
  return createTestDatabase(driver, {
    service: 'security',
    schema,
    migrationsFolder,
    seed: async (handle) => {
      await loadCuratedData(handle.db, fixtures);
    },
  });
}

export function clientFor(database: SecurityDatabase): Promise<Client> {
  return subgraphClient(graphSchema, () => createContext(database.db));
}

/** Runs a query that must succeed and returns its data. */
export async function queryData<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { data, errors } = await client.query(query, variables);
  expect(errors).toBeUndefined();
  return data as T;
}

/** The ids of the nodes of one connection field, e.g. `securityEvents(filter: ...)`. */
export async function nodeIds(client: Client, field: string): Promise<string[]> {
  const data = await queryData<Record<string, { nodes: { id: string }[] }>>(
    client,
    `{ list: ${field} { nodes { id } } }`,
  );
  return data['list']!.nodes.map((node) => node.id);
}

/** The extensions of the first error a query gives. */
export async function firstErrorOf(client: Client, query: string, variables?: Record<string, unknown>) {
  const { errors } = await client.query(query, variables);
  return errors?.[0]?.extensions;
}
