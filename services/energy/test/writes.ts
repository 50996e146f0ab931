import type { RequestAuth } from '@pamir/auth';
import { unauthenticated } from '@pamir/auth';
import { knownEntities } from '@pamir/server/testing';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import { schema } from '../src/app.js';
import { startTestService, type TestService } from './service.js';

// What the write tests share: callers, the entities the peers know, and a service whose caller a
// test can switch between operations.

export const callers = {
  none: {} satisfies RequestAuth,
  refused: { refused: unauthenticated('the token has expired') } satisfies RequestAuth,
  reader: { caller: { subject: 'rita', scopes: new Set(['read', 'write:security']) } } satisfies RequestAuth,
  editor: { caller: { subject: 'alice', scopes: new Set(['write:energy']) } } satisfies RequestAuth,
  admin: { caller: { subject: 'root', scopes: new Set(['admin']) } } satisfies RequestAuth,
};

/** The entities the other subgraphs are taken to hold (the fixtures' own references included). */
export const peers = knownEntities({
  Country: ['TJK', 'KGZ', 'AFG', 'PAK', 'UZB'],
  Place: ['rogun', 'nurek'],
  Organization: ['world-bank', 'fixture-barqi-tojik', 'fixture-webuild', 'fixture-masdar', 'adb'],
  SourceDocument: ['fixture-reuters', 'fixture-asia-plus', 'adb-report'],
});

export interface WriteService extends TestService {
  as: (auth: RequestAuth) => void;
}

export async function startWriteService(driver: 'pglite' | 'postgres', known = peers): Promise<WriteService> {
  let auth: RequestAuth = callers.editor;
  const service = await startTestService(driver, { auth: () => auth, peers: known });
  return {
    ...service,
    as: (next) => {
      auth = next;
    },
  };
}

/** Every table a write touches, the audit log aside (refusals are logged there). */
const tables: Record<string, PgTable> = {
  energyProjects: schema.energyProjects,
  projectCountries: schema.projectCountries,
  projectStakeholders: schema.projectStakeholders,
  milestones: schema.milestones,
  milestoneCitations: schema.milestoneCitations,
  energyProjectCitations: schema.energyProjectCitations,
  energyTargets: schema.energyTargets,
  energyTargetCitations: schema.energyTargetCitations,
  revisions: schema.revisions,
};

export async function rowCounts(service: TestService): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await service.database.db.select({ n: count() }).from(table);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** Runs an operation that must succeed and returns its data. */
export async function ok<T>(
  service: TestService,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { data, errors } = await service.client.query(query, variables);
  expect(errors).toBeUndefined();
  return data as T;
}

/** Runs an operation that must fail and returns its one error's code and extensions. */
export async function refused(service: TestService, query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await service.client.query(query, variables);
  // A refused mutation leaves no data; a refused query leaves its (nullable) root field null.
  expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
  expect(errors).toHaveLength(1);
  const error = errors![0]!;
  return { message: error.message, code: error.extensions?.['code'], extensions: error.extensions ?? {} };
}
