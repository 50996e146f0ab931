import { fields, readCitations, replaceChildren, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';
import { facilityKinds, facilityStatuses } from '../db/taxonomy.js';

// A military facility: its data-file shape (which writes are held to), its rows, its references.

const f = schema.militaryFacilities;
const links = schema.militaryFacilityOrganizations;
const costs = schema.militaryFacilityReportedCosts;

export const reportedCost = z.strictObject({
  amountUsd: fields.nonNegative,
  citation: fields.citation,
});

/** No organisation listed twice in one list. */
const distinctIds = z
  .array(fields.slug)
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, 'lists an organisation twice');

/** A state operator's or financier's country. */
const organizationCountry = z.strictObject({ organization: fields.slug, country: fields.countryCode });

export const militaryFacilityRecord = z
  .strictObject({
    id: fields.slug,
    name: fields.text,
    aliases: fields.aliases,
    kind: z.enum(facilityKinds),
    status: z.enum(facilityStatuses),
    summary: z.string().nullish(),
    hostCountry: fields.countryCode,
    place: fields.slug.nullish(),
    operators: distinctIds,
    financiers: distinctIds,
    organizationCountries: z.array(organizationCountry).default([]),
    established: fields.isoDate.nullish(),
    establishedPrecision: fields.datePrecision.nullish(),
    costUsd: fields.nonNegative.nullish(),
    reportedCosts: z.array(reportedCost).default([]),
    citations: fields.citations,
  })
  .refine(
    (facility) =>
      facility.organizationCountries.every(
        ({ organization }) => facility.operators.includes(organization) || facility.financiers.includes(organization),
      ),
    { message: 'names an organisation that is neither an operator nor a financier', path: ['organizationCountries'] },
  )
  .refine(
    (facility) =>
      new Set(facility.organizationCountries.map(({ organization }) => organization)).size ===
      facility.organizationCountries.length,
    { message: 'gives an organisation two countries', path: ['organizationCountries'] },
  )
  .refine((facility) => (facility.established == null) === (facility.establishedPrecision == null), {
    message: 'established and establishedPrecision come together or not at all',
    path: ['establishedPrecision'],
  });
export type MilitaryFacilityRecord = z.infer<typeof militaryFacilityRecord>;

/** Each organisation's country once, in the order the facility's links name them. */
export function organizationCountriesOf(
  links: readonly schema.MilitaryFacilityOrganizationRow[],
): MilitaryFacilityRecord['organizationCountries'] {
  const countries = new Map<string, string>();
  const rank = (link: schema.MilitaryFacilityOrganizationRow) => (link.kind === 'OPERATOR' ? 0 : 1);
  const ordered = [...links].sort((a, b) => rank(a) - rank(b) || a.position - b.position);
  for (const link of ordered) {
    if (link.organizationCountryCode) countries.set(link.organizationId, link.organizationCountryCode);
  }
  return [...countries].map(([organization, country]) => ({ organization, country }));
}

export const militaryFacility = recordType({
  type: 'MilitaryFacility',
  input: militaryFacilityRecord,
  table: f,
  column: f.id,
  references: {
    hostCountry: 'Country.code',
    place: 'Place',
    'operators.*': 'Organization',
    'financiers.*': 'Organization',
    'organizationCountries.*.country': 'Country.code',
    'reportedCosts.*.citation.source': 'SourceDocument',
    'citations.*.source': 'SourceDocument',
  },

  async read(db: Database, id: string): Promise<MilitaryFacilityRecord | undefined> {
    const [row] = await db.select().from(f).where(eq(f.id, id));
    if (!row) return undefined;
    // One after the other: a transaction runs on one connection.
    const linkRows = await db
      .select()
      .from(links)
      .where(eq(links.facilityId, id))
      .orderBy(asc(links.position));
    const costRows = await db
      .select()
      .from(costs)
      .where(eq(costs.facilityId, id))
      .orderBy(asc(costs.position));
    const organizations = (kind: 'OPERATOR' | 'FINANCIER') =>
      linkRows.filter((link) => link.kind === kind).map((link) => link.organizationId);
    return {
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
      organizationCountries: organizationCountriesOf(linkRows),
      established: row.established,
      establishedPrecision: row.establishedPrecision,
      costUsd: row.costUsd,
      reportedCosts: costRows.map((cost) => ({
        amountUsd: cost.amountUsd,
        citation: { source: cost.sourceId, quote: cost.quote, note: cost.note },
      })),
      citations: await readCitations(db, schema.militaryFacilityCitations, id),
    };
  },

  /** Rows, then organisations (operators and financiers, each list in its order), costs and citations. */
  async write(tx, facilities) {
    if (facilities.length === 0) return;
    await upsertAll(
      tx,
      f,
      [f.id],
      facilities.map((facility) => ({
        id: facility.id,
        name: facility.name,
        aliases: facility.aliases,
        kind: facility.kind,
        status: facility.status,
        summary: facility.summary ?? null,
        hostCountryCode: facility.hostCountry,
        placeId: facility.place ?? null,
        established: facility.established ?? null,
        establishedPrecision: facility.establishedPrecision ?? null,
        costUsd: facility.costUsd ?? null,
      })),
    );
    const ids = facilities.map((facility) => facility.id);
    const organizations = facilities.flatMap((facility) => {
      const countries = new Map(facility.organizationCountries.map((entry) => [entry.organization, entry.country]));
      const link = (kind: 'OPERATOR' | 'FINANCIER') => (organizationId: string, position: number) => ({
        facilityId: facility.id,
        kind,
        position,
        organizationId,
        organizationCountryCode: countries.get(organizationId) ?? null,
      });
      return [...facility.operators.map(link('OPERATOR')), ...facility.financiers.map(link('FINANCIER'))];
    });
    await replaceChildren(tx, links, links.facilityId, ids, organizations);
    const costRows = facilities.flatMap((facility) =>
      facility.reportedCosts.map((cost, position) => ({
        facilityId: facility.id,
        position,
        amountUsd: cost.amountUsd,
        sourceId: cost.citation.source,
        quote: cost.citation.quote,
        note: cost.citation.note ?? null,
      })),
    );
    await replaceChildren(tx, costs, costs.facilityId, ids, costRows);
    await replaceCitations(tx, schema.militaryFacilityCitations, facilities);
  },
});
