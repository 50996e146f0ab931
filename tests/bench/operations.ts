import { readFileSync } from 'node:fs';
import type { Random } from './synthetic/generate.js';

// What the benchmark asks, as .graphql files, with the variables each request draws: varied
// variables (another country, year or event on every request) keep the merging of identical
// in-flight requests from carrying a result.

/** What the variables are drawn from: the seeded data's countries, years and events. */
export interface VariablePool {
  countries: readonly string[];
  years: readonly number[];
  events: number;
}

export interface BenchOperation {
  name: string;
  title: string;
  query: string;
  /** Each request's variables; `fixed` asks the same question every time. */
  variables(random: Random, pool: VariablePool): Record<string, unknown>;
  /** The one subgraph that serves it, when only one does: it is also sent there directly. */
  subgraph?: string;
  /** The bare HTTP handler (the same SQL without GraphQL) implements it. */
  bare?: boolean;
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const year = (random: Random, pool: VariablePool) => {
  const y = random.pick(pool.years);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
};

export const operations: BenchOperation[] = [
  {
    name: 'contract',
    title: "the contract's country query",
    query: read('../../apps/web/queries/01-tajikistan-in-one-request.graphql'),
    variables: (random, pool) => ({ code: random.pick(pool.countries), ...year(random, pool) }),
  },
  {
    name: 'filtered-list',
    title: '50-row filtered list, nested references',
    query: read('./operations/filtered-list.graphql'),
    variables: (random, pool) => ({ country: random.pick(pool.countries), ...year(random, pool) }),
  },
  {
    name: 'fan-out',
    title: "fan-out: 100 events, places, actors, their projects",
    query: read('./operations/fan-out.graphql'),
    variables: (random, pool) => year(random, pool),
  },
  {
    name: 'entity',
    title: 'single-entity lookup',
    query: read('./operations/entity.graphql'),
    variables: (random, pool) => ({
      id: `synthetic-event-${String(random.int(pool.events) + 1).padStart(6, '0')}`,
    }),
  },
  {
    name: 'security-list',
    title: '20-row list, security alone',
    query: read('./operations/security-list.graphql'),
    variables: (random, pool) => year(random, pool),
    subgraph: 'security',
    bare: true,
  },
];

/** The varied mix: the first four in turn, each with its own variables. */
export const mix = operations.filter((operation) => ['contract', 'filtered-list', 'fan-out', 'entity'].includes(operation.name));
