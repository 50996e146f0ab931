import { fields, readCitations, replaceCitations, upsertAll, type Database } from '@pamir/db';
import { recordType } from '@pamir/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../db/schema.js';
import { technologies } from './energy-project.js';

// An energy target: its data-file shape (which writes are held to), its rows, its references.

const t = schema.energyTargets;

export const energyTargetRecord = z.strictObject({
  id: fields.slug,
  country: fields.countryCode,
  technologies,
  capacityMw: fields.nonNegative,
  byYear: z.number().int().min(1900).max(2200).nullish(),
  description: z.string().nullish(),
  citations: fields.citations,
});
export type EnergyTargetRecord = z.infer<typeof energyTargetRecord>;

export const energyTarget = recordType({
  type: 'EnergyTarget',
  input: energyTargetRecord,
  table: t,
  column: t.id,
  references: { country: 'Country.code', 'citations.*.source': 'SourceDocument' },

  async read(db: Database, id: string): Promise<EnergyTargetRecord | undefined> {
    const [row] = await db.select().from(t).where(eq(t.id, id));
    if (!row) return undefined;
    return {
      id: row.id,
      country: row.countryCode,
      technologies: row.technologies,
      capacityMw: row.capacityMw,
      byYear: row.byYear,
      description: row.description,
      citations: await readCitations(db, schema.energyTargetCitations, id),
    };
  },

  async write(tx, targets) {
    await upsertAll(
      tx,
      t,
      [t.id],
      targets.map((target) => ({
        id: target.id,
        countryCode: target.country,
        technologies: target.technologies,
        capacityMw: target.capacityMw,
        byYear: target.byYear ?? null,
        description: target.description ?? null,
      })),
    );
    await replaceCitations(tx, schema.energyTargetCitations, targets);
  },
});
