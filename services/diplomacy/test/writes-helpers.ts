import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { GraphQLFormattedError } from 'graphql';
import { schema } from '../src/app.js';
import type { useSubgraph } from './harness.js';

// What the write tests share: row counts across every table a write touches, and error reading.

const tables: Record<string, PgTable> = {
  agreements: schema.agreements,
  agreementParties: schema.agreementParties,
  agreementWitnesses: schema.agreementWitnesses,
  agreementEnergyProjects: schema.agreementEnergyProjects,
  agreementCitations: schema.agreementCitations,
  engagements: schema.engagements,
  engagementParticipants: schema.engagementParticipants,
  engagementCitations: schema.engagementCitations,
  revisions: schema.revisions,
};

/** Rows in every table a write may touch (the audit log aside: refusals are logged too). */
export async function rowCounts(subgraph: ReturnType<typeof useSubgraph>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    counts[name] = (await subgraph.database().db.select({ n: count() }).from(table))[0]?.n ?? -1;
  }
  return counts;
}

/** The first error's code. */
export function codeOf(errors: readonly GraphQLFormattedError[] | undefined): unknown {
  return errors?.[0]?.extensions?.['code'];
}

/** The paths of the fields a BAD_USER_INPUT error names, sorted. */
export function fieldPaths(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  const fields = (errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[];
  return fields.map((field) => field.path).sort();
}
