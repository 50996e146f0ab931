// Small helpers for the curated-dataset quality test: where the data and the SDL live, how to
// read them, and how to normalise article text for quote comparison.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import type { TypeNode } from 'graphql';
import { subEventTypesByEventType } from '@pamir/security/taxonomy';

export const repoRoot = new URL('../../', import.meta.url);
export const sourcesDir = new URL('../shared/sources/', repoRoot);
export const sourcesPresent = existsSync(fileURLToPath(sourcesDir));

export type Rec = Record<string, unknown>;

/** Every data file, with the SDL type its records are. */
export const DATA_FILES = {
  sourceDocuments: { path: 'services/reference/data/source-documents.json', type: 'SourceDocument' },
  countries: { path: 'services/reference/data/countries.json', type: 'Country' },
  places: { path: 'services/reference/data/places.json', type: 'Place' },
  organizations: { path: 'services/reference/data/organizations.json', type: 'Organization' },
  people: { path: 'services/reference/data/people.json', type: 'Person' },
  securityEvents: { path: 'services/security/data/security-events.json', type: 'SecurityEvent' },
  militaryFacilities: { path: 'services/security/data/military-facilities.json', type: 'MilitaryFacility' },
  agreements: { path: 'services/diplomacy/data/agreements.json', type: 'Agreement' },
  engagements: { path: 'services/diplomacy/data/engagements.json', type: 'DiplomaticEngagement' },
  energyProjects: { path: 'services/energy/data/energy-projects.json', type: 'EnergyProject' },
  energyTargets: { path: 'services/energy/data/energy-targets.json', type: 'EnergyTarget' },
  estimates: { path: 'services/reference/data/estimates.json', type: 'Estimate' },
} as const;
export type DataKey = keyof typeof DATA_FILES;

export const SDL_FILES = [
  'packages/graph/common.graphql',
  'services/reference/schema.graphql',
  'services/security/schema.graphql',
  'services/diplomacy/schema.graphql',
  'services/energy/schema.graphql',
];

export function readRepoFile(rel: string): string {
  return readFileSync(new URL(rel, repoRoot), 'utf8');
}

export function loadData(): Record<DataKey, Rec[]> {
  const out = {} as Record<DataKey, Rec[]>;
  for (const [key, { path }] of Object.entries(DATA_FILES) as [DataKey, { path: string }][]) {
    const parsed: unknown = JSON.parse(readRepoFile(path));
    if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of records`);
    out[key] = parsed as Rec[];
  }
  return out;
}

/** A field of an SDL object type, reduced to what the test needs. */
export interface SdlField {
  name: string;
  namedType: string;
  nonNull: boolean;
  list: boolean;
  hasArgs: boolean;
}

export interface Sdl {
  enums: Map<string, Set<string>>;
  types: Map<string, Map<string, SdlField>>;
}

function unwrap(t: TypeNode): { named: string; nonNull: boolean; list: boolean } {
  let nonNull = false;
  let list = false;
  let cur = t;
  if (cur.kind === Kind.NON_NULL_TYPE) {
    nonNull = true;
    cur = cur.type;
  }
  if (cur.kind === Kind.LIST_TYPE) {
    list = true;
    cur = cur.type;
    if (cur.kind === Kind.NON_NULL_TYPE) cur = cur.type;
  }
  if (cur.kind !== Kind.NAMED_TYPE) throw new Error('unexpected nested list type in SDL');
  return { named: cur.name.value, nonNull, list };
}

/** Enum values and object-type fields, merged across every subgraph's SDL. */
export function loadSdl(): Sdl {
  const enums = new Map<string, Set<string>>();
  const types = new Map<string, Map<string, SdlField>>();
  for (const file of SDL_FILES) {
    const doc = parse(readRepoFile(file));
    for (const def of doc.definitions) {
      if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) {
        const set = enums.get(def.name.value) ?? new Set<string>();
        for (const v of def.values ?? []) set.add(v.name.value);
        enums.set(def.name.value, set);
      } else if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) {
        const fields = types.get(def.name.value) ?? new Map<string, SdlField>();
        for (const f of def.fields ?? []) {
          const u = unwrap(f.type);
          fields.set(f.name.value, {
            name: f.name.value,
            namedType: u.named,
            nonNull: u.nonNull,
            list: u.list,
            hasArgs: (f.arguments?.length ?? 0) > 0,
          });
        }
        types.set(def.name.value, fields);
      }
    }
  }
  return { enums, types };
}

/** Whitespace collapsed, curly quotes and apostrophes made straight. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The articles of one source file. A file holding several articles starts each with a line
 * `Categories`; a file without such lines is one article.
 */
export function articleSections(file: string): string[] {
  const text = readFileSync(new URL(file, sourcesDir), 'utf8');
  const lines = text.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (l.trim() === 'Categories' ? [i] : []));
  if (starts.length === 0) return [text];
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
}

/** ACLED's sub-event types by event type: the security subgraph's own table, which its database enforces. */
export const ACLED_SUB_EVENTS: Record<string, readonly string[]> = subEventTypesByEventType;

/** ACLED's disorder types each event type may carry. */
export const ACLED_DISORDER: Record<string, string[]> = {
  BATTLES: ['POLITICAL_VIOLENCE', 'POLITICAL_VIOLENCE_DEMONSTRATIONS'],
  EXPLOSIONS_REMOTE_VIOLENCE: ['POLITICAL_VIOLENCE', 'POLITICAL_VIOLENCE_DEMONSTRATIONS'],
  VIOLENCE_AGAINST_CIVILIANS: ['POLITICAL_VIOLENCE', 'POLITICAL_VIOLENCE_DEMONSTRATIONS'],
  PROTESTS: ['DEMONSTRATIONS'],
  RIOTS: ['DEMONSTRATIONS', 'POLITICAL_VIOLENCE_DEMONSTRATIONS', 'POLITICAL_VIOLENCE'],
  STRATEGIC_DEVELOPMENTS: ['STRATEGIC_DEVELOPMENTS'],
};

/**
 * Values at a path such as `actors[].role` or `reportedCosts[].citation`, each with its concrete
 * path (`actors[1].role`). Missing steps yield nothing.
 */
export function valuesAt(rec: unknown, path: string): [string, unknown][] {
  let cur: [string, unknown][] = [['', rec]];
  for (const step of path.split('.')) {
    const isList = step.endsWith('[]');
    const key = isList ? step.slice(0, -2) : step;
    const next: [string, unknown][] = [];
    for (const [p, v] of cur) {
      if (v === null || typeof v !== 'object') continue;
      const child = (v as Rec)[key];
      if (child === undefined || child === null) continue;
      const base = p ? `${p}.${key}` : key;
      if (isList) {
        if (Array.isArray(child)) child.forEach((c, i) => next.push([`${base}[${i}]`, c]));
      } else next.push([base, child]);
    }
    cur = next;
  }
  return cur;
}
