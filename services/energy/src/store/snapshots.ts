import type { CitationInput, CitationTable, Database } from '@pamir/db';
import type { Current } from '@pamir/server';
import { asc, eq, inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import type { EnergyProjectRecord, EnergyTargetRecord } from '../data/records.js';

// A record as a revision keeps it: its data-file shape read back from the database, plus when it
// was archived (so archiving and restoring show up as changed fields). The main row is locked
// (`for update`) when read inside a write's transaction.

export type EnergyProjectSnapshot = EnergyProjectRecord & { archivedAt: string | null };
export type EnergyTargetSnapshot = EnergyTargetRecord & { archivedAt: string | null };

type CitationRow = CitationTable['$inferSelect'];

function citationOf(row: CitationRow): CitationInput & { note: string | null } {
  return { source: row.sourceId, quote: row.quote, note: row.note };
}

export async function readEnergyProject(
  db: Database,
  id: string,
): Promise<Current<EnergyProjectSnapshot> | undefined> {
  const p = schema.energyProjects;
  const [row] = await db.select().from(p).where(eq(p.id, id)).for('update');
  if (!row) return undefined;
  const countries = await db
    .select()
    .from(schema.projectCountries)
    .where(eq(schema.projectCountries.projectId, id))
    .orderBy(asc(schema.projectCountries.position));
  const stakeholders = await db
    .select()
    .from(schema.projectStakeholders)
    .where(eq(schema.projectStakeholders.projectId, id))
    .orderBy(asc(schema.projectStakeholders.position));
  const milestones = await db
    .select()
    .from(schema.milestones)
    .where(eq(schema.milestones.projectId, id))
    .orderBy(asc(schema.milestones.position));
  const milestoneCitations = milestones.length
    ? await db
        .select()
        .from(schema.milestoneCitations)
        .where(
          inArray(
            schema.milestoneCitations.recordId,
            milestones.map((milestone) => milestone.id),
          ),
        )
        .orderBy(asc(schema.milestoneCitations.recordId), asc(schema.milestoneCitations.position))
    : [];
  const citations = await readCitations(db, schema.energyProjectCitations, id);
  return {
    version: row.version,
    snapshot: {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      summary: row.summary,
      kind: row.kind,
      technologies: row.technologies,
      status: row.status,
      capacityMw: row.capacityMw,
      capacityQualifier: row.capacityQualifier,
      storageMwh: row.storageMwh,
      countries: countries.map((c) => ({ country: c.countryCode, role: c.role, capacityMw: c.capacityMw })),
      stakeholders: stakeholders.map((s) => ({
        organization: s.organizationId,
        organizationCountry: s.organizationCountryCode,
        role: s.role,
      })),
      place: row.placeId,
      milestones: milestones.map((m) => ({
        date: m.date,
        datePrecision: m.datePrecision,
        description: m.description,
        citations: milestoneCitations.filter((c) => c.recordId === m.id).map(citationOf),
      })),
      citations,
      archivedAt: row.archivedAt,
    },
  };
}

export async function readEnergyTarget(
  db: Database,
  id: string,
): Promise<Current<EnergyTargetSnapshot> | undefined> {
  const t = schema.energyTargets;
  const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
  if (!row) return undefined;
  return {
    version: row.version,
    snapshot: {
      id: row.id,
      country: row.countryCode,
      technologies: row.technologies,
      capacityMw: row.capacityMw,
      byYear: row.byYear,
      description: row.description,
      citations: await readCitations(db, schema.energyTargetCitations, id),
      archivedAt: row.archivedAt,
    },
  };
}

async function readCitations(db: Database, table: CitationTable, id: string) {
  const rows = await db.select().from(table).where(eq(table.recordId, id)).orderBy(asc(table.position));
  return rows.map(citationOf);
}
