import { fileURLToPath } from 'node:url';
import type { RequestAuth } from '@pamir/auth';
import type { DatabaseHandle } from '@pamir/db';
import { createTestDatabase } from '@pamir/db/testing';
import { knownEntities, subgraphClient } from '@pamir/server/testing';
import type { Logger } from 'drizzle-orm';
import { expect } from 'vitest';
import { createContext, graphSchema, loadCuratedData, migrationsFolder, schema } from '../src/app.js';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

export type SecurityDatabase = DatabaseHandle<typeof schema>;
export type Client = Awaited<ReturnType<typeof subgraphClient>>;

/** A fresh database, migrated and seeded from test/fixtures; `logger` sees every statement sent. */
export function openTestDatabase(driver: 'pglite' | 'postgres', logger?: Logger): Promise<SecurityDatabase> {
  return createTestDatabase(driver, {
    service: 'security',
    schema,
    migrationsFolder,
    logger,
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

/** The entities the reference subgraph would vouch for in these tests. */
export const knownReferences = knownEntities({
  Country: ['TJK', 'AFG', 'CHN'],
  Place: ['darvaz-district', 'dushanbe', 'kabul', 'vakhon'],
  Organization: ['tajik-border-troops', 'jamaat-ansarullah', 'pla', 'csto', 'tajik-government', 'chinese-government'],
  SourceDocument: ['fixture-amu-tv', 'fixture-asia-times', 'fixture-caspian-post'],
});

/** A caller holding these scopes, as a verified token would give it. */
export const callerWith = (subject: string, ...scopes: string[]): RequestAuth => ({
  caller: { subject, scopes: new Set(scopes) },
});

/** A client whose every request comes from `auth`, with the known references as peers. */
export function clientAs(database: SecurityDatabase, auth: RequestAuth): Promise<Client> {
  return subgraphClient(graphSchema, () => createContext(database.db, auth, knownReferences));
}

/** Rows in each table a write touches (the audit log aside: refusals are logged). */
export async function rowCounts(database: SecurityDatabase): Promise<Record<string, number>> {
  const tables = {
    securityEvents: schema.securityEvents,
    securityEventActors: schema.securityEventActors,
    securityEventCitations: schema.securityEventCitations,
    militaryFacilities: schema.militaryFacilities,
    militaryFacilityOrganizations: schema.militaryFacilityOrganizations,
    militaryFacilityReportedCosts: schema.militaryFacilityReportedCosts,
    militaryFacilityCitations: schema.militaryFacilityCitations,
    revisions: schema.revisions,
  };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = await database.db.$count(table);
  return counts;
}

/** Every field path a BAD_USER_INPUT error names, sorted. */
export function fieldPaths(extensions: Record<string, unknown> | undefined): string[] {
  const fields = (extensions?.['fields'] ?? []) as { path: string }[];
  return fields.map((field) => field.path).sort();
}
