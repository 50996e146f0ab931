import type { InvolvementSource } from '@pamir/db';
import * as schema from '../db/schema.js';

// How a country, organisation or person takes part in an energy project: the only place its roles
// are declared. The `involving` filter and `involvement(of:)` both read these sources.

const countries = schema.projectCountries;
const stakeholders = schema.projectStakeholders;

/**
 * A project's countries (host, offtaker, transit), then its stakeholders in their roles; a country
 * also takes part through its organisations (a stakeholder's home country), so "China" finds the
 * projects Chinese banks finance. No source names a person: a person takes part in no project.
 */
export const energyProjectInvolvement: readonly InvolvementSource[] = [
  {
    table: countries,
    record: countries.projectId,
    role: countries.role,
    names: { country: [countries.countryCode] },
    position: countries.position,
  },
  {
    table: stakeholders,
    record: stakeholders.projectId,
    role: stakeholders.role,
    names: { country: [stakeholders.organizationCountryCode], organization: [stakeholders.organizationId] },
    organization: stakeholders.organizationId,
    position: stakeholders.position,
  },
];
