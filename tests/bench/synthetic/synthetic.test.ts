import type { DatabaseHandle } from '@pamir/db';
import { subgraph as diplomacy } from '@pamir/diplomacy';
import { subgraph as energy } from '@pamir/energy';
import { subgraph as reference } from '@pamir/reference';
import { subgraph as security } from '@pamir/security';
import { namedReferences } from '@pamir/server';
import { inArray, like, notLike } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceRecords, syntheticCounts, syntheticPrefix } from './generate.js';
import { clearSynthetic, seedSynthetic, type SeedTarget } from './seed.js';

// The synthetic seeder on each subgraph's own database (PGlite in memory, migrated and loaded with
// its curated data as the subgraph opens it): counts, references, curated records left alone, a
// second run that changes nothing, and --clear.

const counts = syntheticCounts({ events: 300, agreements: 60, projects: 30 });
const expected: Record<string, number> = {
  SecurityEvent: counts.events,
  MilitaryFacility: counts.facilities,
  Agreement: counts.agreements,
  DiplomaticEngagement: counts.engagements,
  EnergyProject: counts.projects,
  EnergyTarget: counts.targets,
  Place: counts.places,
  Organization: counts.organizations,
  Person: counts.people,
  SourceDocument: counts.sources,
  Country: 0,
};

const handles: DatabaseHandle<Record<string, unknown>>[] = [];
let targets: SeedTarget[] = [];

beforeAll(async () => {
  for (const subgraph of [reference, security, diplomacy, energy]) {
    const handle = (await subgraph.openServiceDatabase({
      driver: 'pglite-memory',
    })) as unknown as DatabaseHandle<Record<string, unknown>>;
    handles.push(handle);
    targets.push({ name: subgraph.name, recordTypes: subgraph.recordTypes, db: handle.db });
  }
});
afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
  targets = [];
});

const everyType = () => targets.flatMap((target) => target.recordTypes.map((type) => ({ target, type })));

/** Every record, synthetic or curated, read whole through its type: type name → key → record. */
async function records(which: 'synthetic' | 'curated') {
  const all = new Map<string, Map<string, unknown>>();
  for (const { target, type } of everyType()) {
    const filter =
      which === 'synthetic'
        ? like(type.column, `${syntheticPrefix}%`)
        : notLike(type.column, `${syntheticPrefix}%`);
    const keys = await target.db.select({ key: type.column }).from(type.table).where(filter);
    const byKey = new Map<string, unknown>();
    for (const { key } of keys) byKey.set(String(key), await type.read(target.db, String(key)));
    all.set(type.type, byKey);
  }
  return all;
}

const seed = () => seedSynthetic(targets, { counts, seed: 'test', batchSize: 97 });

describe('pnpm seed:synthetic', () => {
  let curatedBefore: Awaited<ReturnType<typeof records>>;
  let firstRun: Awaited<ReturnType<typeof records>>;

  it('writes the counts asked for, every id synthetic', async () => {
    curatedBefore = await records('curated');
    expect(curatedBefore.get('SecurityEvent')!.size).toBeGreaterThan(0);
    await seed();
    firstRun = await records('synthetic');
    for (const [type, n] of Object.entries(expected))
      expect([type, firstRun.get(type)!.size]).toEqual([type, n]);
    for (const source of firstRun.get('SourceDocument')!.values()) {
      const { title, publisher } = source as { title: string; publisher: string };
      expect(`${title} ${publisher}`).toMatch(/synthetic/i);
    }
  });

  it('names only entities that exist, in the subgraph that owns them', async () => {
    const owners = new Map(everyType().map((one) => [one.type.type, one]));
    const named = new Map<string, Set<string>>();
    for (const { type } of everyType()) {
      for (const record of firstRun.get(type.type)!.values()) {
        for (const reference of namedReferences(record as object, type.references, 'record')) {
          const keys = named.get(reference.typename) ?? new Set<string>();
          keys.add(String(Object.values(reference.key)[0]));
          named.set(reference.typename, keys);
        }
      }
    }
    // The cross-subgraph references the benchmark's queries walk are all there.
    expect([...named.keys()].sort()).toEqual(
      [
        'Country',
        'DiplomaticEngagement',
        'EnergyProject',
        'Organization',
        'Person',
        'Place',
        'SourceDocument',
      ].sort(),
    );
    for (const [typename, keys] of named) {
      const owner = owners.get(typename)!;
      const found = await owner.target.db
        .select({ key: owner.type.column })
        .from(owner.type.table)
        .where(inArray(owner.type.column, [...keys]));
      const missing = [...keys].filter((key) => !found.some((row) => String(row.key) === key));
      expect([typename, missing]).toEqual([typename, []]);
    }
  });

  it('leaves the curated records as they were', async () => {
    expect(await records('curated')).toEqual(curatedBefore);
  });

  it('writes the same records again on a second run with the same seed', async () => {
    await seed();
    expect(await records('synthetic')).toEqual(firstRun);
    expect(await records('curated')).toEqual(curatedBefore);
  });

  it('replaces the whole set on a run with fewer records, and --clear removes it', async () => {
    const fewer = syntheticCounts({ events: 10, agreements: 4, projects: 2 });
    await seedSynthetic(targets, { counts: fewer, seed: 'test' });
    const after = await records('synthetic');
    expect(after.get('SecurityEvent')!.size).toBe(10);
    expect(after.get('Place')!.size).toBe(fewer.places);
    await clearSynthetic(targets);
    for (const [type, byKey] of await records('synthetic')) expect([type, byKey.size]).toEqual([type, 0]);
    expect(await records('curated')).toEqual(curatedBefore);
  });

  it('makes the same records from the same seed, and other records from another', () => {
    const types = new Map(everyType().map((one) => [one.type.type, one.type]));
    const a = referenceRecords(types, counts, ['AFG', 'TJK'], 'one');
    expect(referenceRecords(types, counts, ['AFG', 'TJK'], 'one')).toEqual(a);
    expect(referenceRecords(types, counts, ['AFG', 'TJK'], 'two')).not.toEqual(a);
  });
});
