import { citationOf, fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';
import {
  energyProjectKinds,
  energyProjectStatuses,
  energyTechnologies,
  figureQualifiers,
  projectCountryRoles,
  stakeholderRoles,
} from '../db/schema.js';

// An energy project: its data-file shape (which writes are held to), its rows, its references.

const p = schema.energyProjects;

export const technologies = z.array(z.enum(energyTechnologies)).default([]);

/** Pairs must be unique within a record: the database keys child rows by them. */
function uniquePairs<T>(items: readonly T[], key: (item: T) => string): boolean {
  return new Set(items.map(key)).size === items.length;
}

export const energyProjectRecord = z.strictObject({
  id: fields.slug,
  name: fields.text,
  aliases: fields.aliases,
  summary: z.string().nullish(),
  kind: z.enum(energyProjectKinds),
  technologies,
  status: z.enum(energyProjectStatuses),
  capacityMw: fields.nonNegative.nullish(),
  capacityQualifier: z.enum(figureQualifiers).nullish(),
  storageMwh: fields.nonNegative.nullish(),
  countries: z
    .array(
      z.strictObject({
        country: fields.countryCode,
        role: z.enum(projectCountryRoles),
        capacityMw: fields.nonNegative.nullish(),
      }),
    )
    .default([])
    .refine((countries) => uniquePairs(countries, (c) => `${c.country} ${c.role}`), 'a country is listed twice in the same role'),
  stakeholders: z
    .array(
      z.strictObject({
        organization: fields.slug,
        organizationCountry: fields.countryCode.nullish(),
        role: z.enum(stakeholderRoles),
      }),
    )
    .default([])
    .refine(
      (stakeholders) => uniquePairs(stakeholders, (s) => `${s.organization} ${s.role}`),
      'an organisation is listed twice in the same role',
    ),
  place: fields.slug.nullish(),
  milestones: z
    .array(
      z.strictObject({
        date: fields.isoDate,
        datePrecision: fields.datePrecision,
        description: fields.text,
        citations: fields.citations,
      }),
    )
    .default([]),
  citations: fields.citations,
});
export type EnergyProjectRecord = z.infer<typeof energyProjectRecord>;

/** A milestone's id: its project and its place in the project's list. */
export function milestoneId(projectId: string, position: number): string {
  return `${projectId}:${position}`;
}

export const energyProject = recordType({
  type: 'EnergyProject',
  input: energyProjectRecord,
  table: p,
  column: p.id,
  references: {
    'countries.*.country': 'Country.code',
    'stakeholders.*.organization': 'Organization',
    'stakeholders.*.organizationCountry': 'Country.code',
    place: 'Place',
    'milestones.*.citations.*.source': 'SourceDocument',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<EnergyProjectRecord | undefined> {
    const [row] = await db.select().from(p).where(eq(p.id, id));
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
          .where(inArray(schema.milestoneCitations.recordId, milestones.map((milestone) => milestone.id)))
          .orderBy(asc(schema.milestoneCitations.recordId), asc(schema.milestoneCitations.position))
      : [];
    return {
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
      stakeholders: stakeholders.map((s) => ({ organization: s.organizationId, organizationCountry: s.organizationCountryCode, role: s.role })),
      place: row.placeId,
      milestones: milestones.map((m) => ({
        date: m.date,
        datePrecision: m.datePrecision,
        description: m.description,
        citations: milestoneCitations
          .filter((c) => c.recordId === m.id)
          .map(citationOf),
      })),
      citations: await readCitations(db, schema.energyProjectCitations, id),
    };
  },

  /** Rows, then countries, stakeholders and milestones (with their citations): one statement per table for all projects. */
  async write(tx, projects) {
    if (projects.length === 0) return;
    await upsertAll(
      tx,
      p,
      [p.id],
      projects.map((project) => ({
        id: project.id,
        name: project.name,
        aliases: project.aliases,
        summary: project.summary ?? null,
        kind: project.kind,
        technologies: project.technologies,
        status: project.status,
        capacityMw: project.capacityMw ?? null,
        capacityQualifier: project.capacityQualifier ?? null,
        storageMwh: project.storageMwh ?? null,
        placeId: project.place ?? null,
      })),
    );
    const ids = projects.map((project) => project.id);
    const countries = projects.flatMap((project) =>
      project.countries.map((country, position) => ({
        projectId: project.id,
        position,
        countryCode: country.country,
        role: country.role,
        capacityMw: country.capacityMw ?? null,
      })),
    );
    await replaceChildren(tx, schema.projectCountries, schema.projectCountries.projectId, ids, countries);
    const stakeholders = projects.flatMap((project) =>
      project.stakeholders.map((stakeholder, position) => ({
        projectId: project.id,
        position,
        organizationId: stakeholder.organization,
        organizationCountryCode: stakeholder.organizationCountry ?? null,
        role: stakeholder.role,
      })),
    );
    await replaceChildren(tx, schema.projectStakeholders, schema.projectStakeholders.projectId, ids, stakeholders);
    const milestones = projects.flatMap((project) =>
      project.milestones.map((milestone, position) => ({
        id: milestoneId(project.id, position),
        projectId: project.id,
        position,
        date: milestone.date,
        datePrecision: milestone.datePrecision,
        description: milestone.description,
        citations: milestone.citations,
      })),
    );
    // Milestone citations go with their milestones (ON DELETE CASCADE).
    await replaceChildren(tx, schema.milestones, schema.milestones.projectId, ids, milestones.map(({ citations: _, ...milestone }) => milestone));
    await replaceCitations(tx, schema.milestoneCitations, milestones);
    await replaceCitations(tx, schema.energyProjectCitations, projects);
  },
});
