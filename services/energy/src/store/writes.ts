import { replaceCitations, type Database } from '@pamir/db';
import { eq, sql } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import type { EnergyProjectRecord, EnergyTargetRecord } from '../data/records.js';
import { replaceProjectChildren } from './children.js';
import { projectRow, targetRow } from './rows.js';

// What a write does to the tables, inside the transaction performWrite opens. A record is written
// whole (row, child rows, citations) at the version the pipeline hands over.

export async function writeEnergyProject(
  tx: Database,
  project: EnergyProjectRecord,
  version: number,
): Promise<void> {
  const { id: _, ...fields } = projectRow(project);
  const set = { ...fields, version, updatedAt: sql`now()` };
  await tx
    .insert(schema.energyProjects)
    .values({ id: project.id, ...set })
    .onConflictDoUpdate({ target: schema.energyProjects.id, set });
  await replaceProjectChildren(tx, [project]);
  await replaceCitations(tx, schema.energyProjectCitations, [project]);
}

export async function writeEnergyTarget(
  tx: Database,
  target: EnergyTargetRecord,
  version: number,
): Promise<void> {
  const { id: _, ...fields } = targetRow(target);
  const set = { ...fields, version, updatedAt: sql`now()` };
  await tx
    .insert(schema.energyTargets)
    .values({ id: target.id, ...set })
    .onConflictDoUpdate({ target: schema.energyTargets.id, set });
  await replaceCitations(tx, schema.energyTargetCitations, [target]);
}

/** The tables whose records can be archived. */
export type ArchivableTable = typeof schema.energyProjects | typeof schema.energyTargets;

/** Archives (keeping the first archiving time) or restores a record, at the new version. */
export async function setArchived(
  tx: Database,
  table: ArchivableTable,
  id: string,
  version: number,
  archived: boolean,
): Promise<void> {
  await tx
    .update(table)
    .set({
      version,
      updatedAt: sql`now()`,
      archivedAt: archived ? sql`coalesce(${table.archivedAt}, now())` : null,
    })
    .where(eq(table.id, id));
}

/** A record's row as it now stands, read afresh after a write (no loader primed before it). */
export async function findRow<T extends ArchivableTable>(
  db: Database,
  table: T,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const source: ArchivableTable = table;
  const [row] = (await db.select().from(source).where(eq(source.id, id))) as T['$inferSelect'][];
  return row;
}
