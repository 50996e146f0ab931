import { fields } from '@pamir/db';
import { z } from 'zod';
import {
  energyProjectKinds,
  energyProjectStatuses,
  energyTechnologies,
  projectCountryRoles,
  stakeholderRoles,
  figureQualifiers,
} from '../db/schema.js';

// The shapes of the curated data files in ../../data; every record is checked on load.

const technologies = z.array(z.enum(energyTechnologies)).default([]);

/** Pairs must be unique within a record: the database keys child rows by them. */
function uniquePairs<T>(items: readonly T[], key: (item: T) => string): boolean {
  return new Set(items.map(key)).size === items.length;
}

export const energyProjectRecord = z.object({
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
      z.object({
        country: fields.countryCode,
        role: z.enum(projectCountryRoles),
        capacityMw: fields.nonNegative.nullish(),
      }),
    )
    .default([])
    .refine(
      (countries) => uniquePairs(countries, (c) => `${c.country} ${c.role}`),
      'a country is listed twice in the same role',
    ),
  stakeholders: z
    .array(
      z.object({
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
      z.object({
        date: fields.isoDate,
        datePrecision: fields.datePrecision,
        description: fields.text,
        citations: fields.citations,
      }),
    )
    .default([]),
  citations: fields.citations,
});

export const energyTargetRecord = z.object({
  id: fields.slug,
  country: fields.countryCode,
  technologies,
  capacityMw: fields.nonNegative,
  byYear: z.number().int().min(1900).max(2200).nullish(),
  description: z.string().nullish(),
  citations: fields.citations,
});

export type EnergyProjectRecord = z.infer<typeof energyProjectRecord>;
export type EnergyTargetRecord = z.infer<typeof energyTargetRecord>;
