import type { Database } from '@pamir/db';
import type { RecordType } from '@pamir/server';
import { count, like, sql } from 'drizzle-orm';
import {
  diplomacyRecords,
  energyRecords,
  eventBatches,
  facilityRecords,
  referenceRecords,
  syntheticPrefix,
  type RecordTypes,
  type SyntheticCounts,
} from './generate.js';

// Writes the synthetic records through each record type's own `write` (the path the curated data
// takes), each subgraph's whole synthetic set in one transaction: the old set out, the new one in,
// batch by batch. Curated records are never touched: everything deleted has a `synthetic-` id.

/** What the seeder needs of a subgraph: its name and record types (`subgraph` from its app). */
export interface SeedTarget {
  name: string;
  recordTypes: readonly RecordType[];
  db: Database;
}

export interface SeedOptions {
  counts: SyntheticCounts;
  seed: string;
  batchSize?: number;
  /** Told of each subgraph's progress. */
  log?: (line: string) => void;
}

/** Each subgraph's record types in the order they are written (a record's own-database references first). */
const writeOrder: Record<string, readonly string[]> = {
  reference: ['SourceDocument', 'Organization', 'Place', 'Person'],
  energy: ['EnergyProject', 'EnergyTarget'],
  diplomacy: ['DiplomaticEngagement', 'Agreement'],
  security: ['MilitaryFacility', 'SecurityEvent'],
};

/** Every record type of the given subgraphs, by type name. */
export function recordTypesOf(targets: readonly SeedTarget[]): RecordTypes {
  return new Map(targets.flatMap((target) => target.recordTypes.map((type) => [type.type, type] as const)));
}

function target(targets: readonly SeedTarget[], name: string): SeedTarget {
  const found = targets.find((one) => one.name === name);
  if (!found) throw new Error(`the synthetic data needs the ${name} subgraph`);
  return found;
}

/** The curated countries, read from the reference subgraph: the synthetic records name only these. */
export async function countryCodes(reference: SeedTarget): Promise<string[]> {
  const country = reference.recordTypes.find((type) => type.type === 'Country')!;
  const rows = await reference.db.select({ code: country.column }).from(country.table);
  return rows.map((row) => String(row.code)).sort();
}

/** How many synthetic records each record type holds now, by type name. */
export async function syntheticTally(targets: readonly SeedTarget[]): Promise<Record<string, number>> {
  const tally: Record<string, number> = {};
  for (const subgraph of targets) {
    for (const name of writeOrder[subgraph.name] ?? []) {
      const type = subgraph.recordTypes.find((one) => one.type === name)!;
      const [row] = await subgraph.db.select({ n: count() }).from(type.table).where(like(type.column, `${syntheticPrefix}%`));
      tally[name] = row?.n ?? 0;
    }
  }
  return tally;
}

/** The tally a run with these counts leaves. */
export function expectedTally(counts: SyntheticCounts): Record<string, number> {
  return {
    SourceDocument: counts.sources,
    Organization: counts.organizations,
    Place: counts.places,
    Person: counts.people,
    EnergyProject: counts.projects,
    EnergyTarget: counts.targets,
    DiplomaticEngagement: counts.engagements,
    Agreement: counts.agreements,
    MilitaryFacility: counts.facilities,
    SecurityEvent: counts.events,
  };
}

/** Removes one subgraph's synthetic records (and their revisions), in its transaction. */
async function clearIn(tx: Database, subgraph: SeedTarget): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  // Children go with their records (ON DELETE CASCADE); records go before what they point at.
  for (const name of [...(writeOrder[subgraph.name] ?? [])].reverse()) {
    const type = subgraph.recordTypes.find((one) => one.type === name)!;
    const rows = await tx
      .delete(type.table)
      .where(like(type.column, `${syntheticPrefix}%`))
      .returning({ key: type.column });
    removed[name] = rows.length;
    await tx.execute(
      sql`delete from revisions where record_type = ${name} and record_id like ${`${syntheticPrefix}%`}`,
    );
  }
  return removed;
}

/** Removes every synthetic record, the last subgraph first (so nothing points at what is gone). */
export async function clearSynthetic(
  targets: readonly SeedTarget[],
  log: (line: string) => void = () => {},
): Promise<void> {
  for (const name of ['security', 'diplomacy', 'energy', 'reference']) {
    const subgraph = target(targets, name);
    const removed = await subgraph.db.transaction((tx) => clearIn(tx as unknown as Database, subgraph));
    log(
      `${name}: removed ${Object.entries(removed)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ')}`,
    );
  }
}

/** Parses every record with its type's input (nothing invalid is written), then writes them in batches. */
async function writeAll(
  tx: Database,
  type: RecordType,
  records: readonly unknown[],
  batchSize: number,
): Promise<number> {
  for (let first = 0; first < records.length; first += batchSize) {
    const batch = records.slice(first, first + batchSize).map((record) => {
      const parsed = type.input.safeParse(record);
      if (!parsed.success) {
        const id = (record as { id?: string }).id;
        throw new Error(
          `synthetic ${type.type} ${id} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
      }
      return parsed.data;
    });
    await type.write(tx, batch);
  }
  return records.length;
}

/** Replaces the synthetic set in every subgraph: reference entities first, then what names them. */
export async function seedSynthetic(
  targets: readonly SeedTarget[],
  options: SeedOptions,
): Promise<Record<string, number>> {
  const { counts, seed } = options;
  const batchSize = options.batchSize ?? 1000;
  const log = options.log ?? (() => {});
  const types = recordTypesOf(targets);
  const countries = await countryCodes(target(targets, 'reference'));
  if (countries.length < 2)
    throw new Error('the reference subgraph has fewer than two countries: is its curated data loaded?');
  const written: Record<string, number> = {};

  async function replace(
    name: string,
    write: (tx: Database, put: (type: string, records: readonly unknown[]) => Promise<void>) => Promise<void>,
  ) {
    const subgraph = target(targets, name);
    const started = performance.now();
    await subgraph.db.transaction(async (transaction) => {
      const tx = transaction as unknown as Database;
      await clearIn(tx, subgraph);
      await write(tx, async (typeName, records) => {
        const type = subgraph.recordTypes.find((one) => one.type === typeName)!;
        written[typeName] = (written[typeName] ?? 0) + (await writeAll(tx, type, records, batchSize));
      });
    });
    const types = writeOrder[name]!.map((type) => `${written[type] ?? 0} ${type}`).join(', ');
    log(`${name}: ${types} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const refs = referenceRecords(types, counts, countries, seed);
  await replace('reference', async (_, put) => {
    await put('SourceDocument', refs.sources);
    await put('Organization', refs.organizations);
    await put('Place', refs.places);
    await put('Person', refs.people);
  });
  const energy = energyRecords(types, counts, countries, refs, seed);
  await replace('energy', async (_, put) => {
    await put('EnergyProject', energy.projects);
    await put('EnergyTarget', energy.targets);
  });
  const diplomacy = diplomacyRecords(
    types,
    counts,
    countries,
    refs,
    energy.projects.map((project) => project.id),
    seed,
  );
  await replace('diplomacy', async (_, put) => {
    await put('DiplomaticEngagement', diplomacy.engagements);
    await put('Agreement', diplomacy.agreements);
  });
  await replace('security', async (_, put) => {
    await put('MilitaryFacility', facilityRecords(types, counts, countries, refs, seed));
    for (const batch of eventBatches(counts, countries, refs, seed, batchSize))
      await put('SecurityEvent', batch);
  });
  return written;
}
