import { claimRows, claimSchema, type Database } from '@pamir/db';
import type { z } from 'zod';
import * as schema from '../db/schema.js';

// What one source says about one field of an organisation or estimate (`claims.json`): curated
// only, the file replacing every claim.

export const claimRecord = claimSchema(schema.claimRecordType.enumValues);
export type ClaimRecord = z.infer<typeof claimRecord>;

export async function writeClaims(tx: Database, claims: readonly ClaimRecord[]): Promise<void> {
  await tx.delete(schema.claims);
  const rows = claimRows(claims);
  if (rows.length) await tx.insert(schema.claims).values(rows);
}
