import { replaceChildren, replaceCitations, type Database } from '@pamir/db';
import type { Current } from '@pamir/server';
import { asc, eq, sql } from 'drizzle-orm';
import type { MilitaryFacilityRecord } from '../data/records.js';
import { facilityOrganizationRows, facilityRow, reportedCostRows } from '../data/rows.js';
import * as schema from '../db/schema.js';
import { isoTimestamp, setArchived } from './archive.js';

/** A facility as its revisions keep it: the data-file shape, and whether it is archived. */
export type MilitaryFacilitySnapshot = MilitaryFacilityRecord & { archivedAt: string | null };

const facilities = schema.militaryFacilities;
const links = schema.militaryFacilityOrganizations;
const costs = schema.militaryFacilityReportedCosts;
const citations = schema.militaryFacilityCitations;

/** The facility as it stands, its row locked for the rest of the transaction; undefined when absent. */
export async function readMilitaryFacility(
  tx: Database,
  id: string,
): Promise<Current<MilitaryFacilitySnapshot> | undefined> {
  const [row] = await tx.select().from(facilities).where(eq(facilities.id, id)).for('update');
  if (!row) return undefined;
  // One after the other: a transaction runs on one connection.
  const linkRows = await tx.select().from(links).where(eq(links.facilityId, id)).orderBy(asc(links.position));
  const costRows = await tx.select().from(costs).where(eq(costs.facilityId, id)).orderBy(asc(costs.position));
  const citationRows = await tx
    .select()
    .from(citations)
    .where(eq(citations.recordId, id))
    .orderBy(asc(citations.position));
  const organizations = (kind: 'OPERATOR' | 'FINANCIER') =>
    linkRows.filter((link) => link.kind === kind).map((link) => link.organizationId);
  const snapshot: MilitaryFacilitySnapshot = {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    kind: row.kind,
    status: row.status,
    summary: row.summary,
    hostCountry: row.hostCountryCode,
    place: row.placeId,
    operators: organizations('OPERATOR'),
    financiers: organizations('FINANCIER'),
    established: row.established,
    establishedPrecision: row.establishedPrecision,
    costUsd: row.costUsd,
    reportedCosts: costRows.map((cost) => ({
      amountUsd: cost.amountUsd,
      citation: { source: cost.sourceId, quote: cost.quote, note: cost.note },
    })),
    citations: citationRows.map((citation) => ({
      source: citation.sourceId,
      quote: citation.quote,
      note: citation.note,
    })),
    archivedAt: isoTimestamp(row.archivedAt),
  };
  return { version: row.version, snapshot };
}

/** Writes the whole facility (row, organisations, costs, citations) at `version`; archived stays archived. */
export async function writeMilitaryFacility(
  tx: Database,
  facility: MilitaryFacilityRecord,
  version: number,
  exists: boolean,
): Promise<void> {
  const row = { ...facilityRow(facility), version, updatedAt: sql`now()` };
  if (exists) await tx.update(facilities).set(row).where(eq(facilities.id, facility.id));
  else await tx.insert(facilities).values(row);
  await replaceChildren(tx, links, links.facilityId, [facility.id], facilityOrganizationRows(facility));
  await replaceChildren(tx, costs, costs.facilityId, [facility.id], reportedCostRows(facility));
  await replaceCitations(tx, citations, [facility]);
}

export function archiveMilitaryFacility(
  tx: Database,
  id: string,
  version: number,
  archive: boolean,
  current: Current<MilitaryFacilitySnapshot> | undefined,
): Promise<void> {
  return setArchived(tx, { table: facilities, id: facilities.id }, id, version, archive, current);
}

/** The facility's row as just written, read fresh (not through a loader primed before the write). */
export async function loadMilitaryFacility(db: Database, id: string) {
  const [row] = await db.select().from(facilities).where(eq(facilities.id, id));
  if (!row) throw new Error(`military facility ${id} was written but cannot be read back`);
  return row;
}
