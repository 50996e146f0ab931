import { fileURLToPath } from 'node:url';
import { claimRows, editedIds, readDataFile, seedOnce, upsertAll, replaceCitations, type Database } from '@pamir/db';
import { inArray } from 'drizzle-orm';
import * as schema from '../db/schema.js';
import {
  claimRecord,
  countryRecord,
  estimateRecord,
  organizationRecord,
  personRecord,
  placeRecord,
  sourceDocumentRecord,
} from './records.js';

/** The curated data files shipped with the service. */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates every data file; throws naming the file, record and reason. */
export async function readCuratedData(dir = dataDir) {
  const [sources, countries, organizations, places, people, estimates, claims] = await Promise.all([
    readDataFile(`${dir}source-documents.json`, sourceDocumentRecord),
    readDataFile(`${dir}countries.json`, countryRecord),
    readDataFile(`${dir}organizations.json`, organizationRecord),
    readDataFile(`${dir}places.json`, placeRecord),
    readDataFile(`${dir}people.json`, personRecord),
    readDataFile(`${dir}estimates.json`, estimateRecord),
    readDataFile(`${dir}claims.json`, claimRecord),
  ]);
  return { sources, countries, organizations, places, people, estimates, claims };
}

/**
 * Loads the curated data in one transaction; unchanged files are not loaded again. Records a team
 * has written through the API (edited or archived) are left alone, with their roles and citations.
 */
export async function loadCuratedData(db: Database, dir = dataDir): Promise<'loaded' | 'unchanged'> {
  const files = await readCuratedData(dir);
  const texts = Object.values(files).map((file) => file.text);
  return seedOnce(db, 'reference', texts, async (tx) => {
    const data = await withoutEdited(tx, files);
    await upsertAll(tx, schema.sourceDocuments, [schema.sourceDocuments.id], data.sources.records);
    await upsertAll(
      tx,
      schema.countries,
      [schema.countries.code],
      data.countries.records.map(({ citations: _, ...country }) => country),
    );
    await upsertAll(
      tx,
      schema.organizations,
      [schema.organizations.id],
      data.organizations.records.map(({ citations: _, country, ...organization }) => ({
        ...organization,
        countryCode: country ?? null,
      })),
    );
    await upsertAll(
      tx,
      schema.places,
      [schema.places.id],
      data.places.records.map(({ citations: _, country, location, ...place }) => ({
        ...place,
        countryCode: country,
        latitude: location?.latitude ?? null,
        longitude: location?.longitude ?? null,
      })),
    );
    const people = data.people.records;
    await upsertAll(
      tx,
      schema.people,
      [schema.people.id],
      people.map(({ citations: _, roles: __, ...person }) => person),
    );
    if (people.length) {
      await tx.delete(schema.personRoles).where(inArray(schema.personRoles.personId, people.map((p) => p.id)));
      const roles = people.flatMap((person) =>
        person.roles.map((role, position) => ({
          personId: person.id,
          position,
          title: role.title,
          organizationId: role.organization ?? null,
          countryCode: role.country ?? null,
          from: role.from ?? null,
          to: role.to ?? null,
        })),
      );
      if (roles.length) await tx.insert(schema.personRoles).values(roles);
    }
    await replaceCitations(
      tx,
      schema.countryCitations,
      data.countries.records.map((country) => ({ id: country.code, citations: country.citations })),
    );
    await replaceCitations(tx, schema.organizationCitations, data.organizations.records);
    await replaceCitations(tx, schema.placeCitations, data.places.records);
    await replaceCitations(tx, schema.personCitations, people);
    // Estimates and claims are curated only (no API writes): the files replace them whole.
    const estimates = files.estimates.records;
    await upsertAll(
      tx,
      schema.estimates,
      [schema.estimates.id],
      estimates.map(({ citations: _, country, place, organization, ...estimate }) => ({
        ...estimate,
        summary: estimate.summary ?? null,
        value: estimate.value ?? null,
        low: estimate.low ?? null,
        high: estimate.high ?? null,
        asOf: estimate.asOf ?? null,
        datePrecision: estimate.datePrecision ?? null,
        countryCode: country ?? null,
        placeId: place ?? null,
        organizationId: organization ?? null,
      })),
    );
    await replaceCitations(tx, schema.estimateCitations, estimates);
    await tx.delete(schema.claims);
    const claims = claimRows(files.claims.records);
    if (claims.length) await tx.insert(schema.claims).values(claims);
  });
}


/** The curated records minus those written through the API since. */
async function withoutEdited(db: Database, files: Awaited<ReturnType<typeof readCuratedData>>) {
  const [sources, countries, organizations, places, people] = await Promise.all([
    editedIds(db, 'SourceDocument', schema.sourceDocuments, schema.sourceDocuments),
    editedIds(db, 'Country', schema.countries, { ...schema.countries, id: schema.countries.code }),
    editedIds(db, 'Organization', schema.organizations, schema.organizations),
    editedIds(db, 'Place', schema.places, schema.places),
    editedIds(db, 'Person', schema.people, schema.people),
  ]);
  const keep = <T>(records: T[], edited: Set<string>, key: (record: T) => string) => ({
    records: records.filter((record) => !edited.has(key(record))),
  });
  return {
    sources: keep(files.sources.records, sources, (r) => r.id),
    countries: keep(files.countries.records, countries, (r) => r.code),
    organizations: keep(files.organizations.records, organizations, (r) => r.id),
    places: keep(files.places.records, places, (r) => r.id),
    people: keep(files.people.records, people, (r) => r.id),
  };
}
