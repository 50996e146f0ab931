import { namedAs, normalName, type Database } from '@pamir/db';
import { and, asc, inArray, sql } from 'drizzle-orm';
import * as schema from '../db/schema.js';

// Exact lookups for importers: one answer per asked key, in the asked order, null where nothing
// matches. A record's own name wins over another record's alias; archived records still match,
// so an import never creates a second record for a name the graph already knows.

interface Named {
  name: string;
  aliases: string[];
}

/** The first row the name fits: by its name, else by an alias. */
function pick<T extends Named>(rows: readonly T[], name: string): T | null {
  const wanted = normalName(name);
  return (
    rows.find((row) => normalName(row.name) === wanted) ??
    rows.find((row) => row.aliases.some((alias) => normalName(alias) === wanted)) ??
    null
  );
}

export async function placesNamed(db: Database, names: readonly { name: string; country: string }[]) {
  if (!names.length) return [];
  const t = schema.places;
  const rows = await db
    .select()
    .from(t)
    .where(
      and(
        namedAs(
          names.map((asked) => asked.name),
          t.name,
          t.aliases,
        ),
        inArray(t.countryCode, [...new Set(names.map((asked) => asked.country.toUpperCase()))]),
      ),
    )
    .orderBy(sql`${t.archivedAt} is not null`, asc(t.id));
  return names.map((asked) =>
    pick(
      rows.filter((row) => row.countryCode === asked.country.toUpperCase()),
      asked.name,
    ),
  );
}

export async function organizationsNamed(db: Database, names: readonly string[]) {
  if (!names.length) return [];
  const t = schema.organizations;
  const rows = await db
    .select()
    .from(t)
    .where(namedAs(names, t.name, t.aliases))
    .orderBy(sql`${t.archivedAt} is not null`, asc(t.id));
  return names.map((name) => pick(rows, name));
}

export async function countriesByIsoNumeric(db: Database, codes: readonly string[]) {
  if (!codes.length) return [];
  const t = schema.countries;
  const rows = await db
    .select()
    .from(t)
    .where(inArray(t.isoNumeric, [...new Set(codes.map(isoNumeric))]))
    .orderBy(sql`${t.archivedAt} is not null`, asc(t.code));
  return codes.map((code) => rows.find((row) => row.isoNumeric === isoNumeric(code)) ?? null);
}

/** ISO numeric codes are three digits; files often drop the leading zeros (`4` for `004`). */
function isoNumeric(code: string): string {
  return code.trim().padStart(3, '0');
}
