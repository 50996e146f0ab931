import { limitsShape, parseEnv, port, subgraphUrls, subgraphUrlsShape, tracingConfig, tracingShape } from '@pamir/server';
import { subgraphs, variablePrefix } from '@pamir/subgraph-list';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const url = (fallback: string) => z.string().url().default(fallback);
const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalCount = () =>
  z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().optional());
const optionalText = () => z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

const shape = {
  PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  /** The web client, for the landing page's links to it and its IDE. */
  WEB_URL: url('http://localhost:3000'),
  /** How long one subgraph request may take before the gateway gives up on it. */
  PAMIR_SUBGRAPH_TIMEOUT_MS: count(10_000),
  // The same for one subgraph, PAMIR_SUBGRAPH_TIMEOUT_MS_<NAME> (e.g. =20000), is read per listed subgraph.
  /** Further tries of a failed subgraph query (never a mutation). */
  PAMIR_SUBGRAPH_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** Consecutive failures after which a subgraph's circuit opens, and how long it then stays open. */
  PAMIR_CIRCUIT_FAILURES: count(5),
  PAMIR_CIRCUIT_OPEN_MS: count(10_000),
  /**
   * Identical subgraph queries in flight at the same moment (same subgraph, body and headers, the
   * caller's Authorization included) share one request; `false` sends each on its own.
   */
  PAMIR_DEDUPE_INFLIGHT: z.enum(['true', 'false']).default('true'),
  /**
   * Gateway processes sharing the port (node:cluster), a number or `auto` (one per core). One by
   * default: on a small machine the subgraphs need the other cores (see the benchmark).
   */
  PAMIR_GATEWAY_WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])
    .default(1)
    .transform((value) => (value === 'auto' ? availableParallelism() : value)),
  /**
   * Operation limits, checked before any subgraph is called. The defaults leave room above the
   * largest operation of the web client and the IDE examples (depth 8, 4 aliases, 5 root fields,
   * some 310 tokens, no directives; test/client-operations.test.ts holds them to it).
   */
  PAMIR_MAX_DEPTH: count(10),
  PAMIR_MAX_ALIASES: count(15),
  PAMIR_MAX_ROOT_FIELDS: count(10),
  PAMIR_MAX_TOKENS: count(1_000),
  PAMIR_MAX_DIRECTIVES: count(20),
  /** Fields once fragments are written out in full (a fragment that doubles another doubles this). */
  PAMIR_MAX_FIELDS: count(2_000),
  /**
   * Demand control: the largest estimated cost served, and whether it refuses or only measures.
   * The dearest client operation, the web client's EnergyTargets (every target, each with 100 of
   * its country's projects), is estimated at some 106,000 with the subgraphs' @listSize (50 targets
   * assumed); the next, an IDE example, at 22,000. Nested lists of 100 (1,000,000 and up) are refused.
   */
  PAMIR_MAX_COST: count(150_000),
  PAMIR_COST_MODE: z.enum(['enforce', 'measure']).default('enforce'),
  /** The size assumed for a list field with no `@listSize` and no slicing argument. */
  PAMIR_COST_LIST_SIZE: count(10),
  /** The operations the web client and the IDE examples send, and what to do with any other. */
  PAMIR_TRUSTED_DOCUMENTS: optionalText(),
  PAMIR_TRUSTED_DOCUMENTS_MODE: z.enum(['off', 'log', 'only']).default('off'),
  ...limitsShape,
  /** Where traces are exported (OTEL_EXPORTER_OTLP_ENDPOINT, …); off when unset. */
  ...tracingShape,
  /** Proves to the subgraphs that a request comes through the gateway. */
  PAMIR_GATEWAY_SECRET: optionalText(),
  /** Serve packages/supergraph/supergraph.graphql anew each time it is recomposed (`pnpm dev`). */
  PAMIR_WATCH_SUPERGRAPH: z.enum(['true', 'false']).default('false'),
};

/** `PAMIR_SUBGRAPH_TIMEOUT_MS_<NAME>`: how long one request to that subgraph may take. */
const timeoutVariable = (subgraph: string) => `PAMIR_SUBGRAPH_TIMEOUT_MS_${variablePrefix(subgraph)}`;

/**
 * What the gateway reads for each subgraph of services/subgraphs.json: where it answers
 * (`<NAME>_URL`, by default its listed port on this machine) and, optionally, its own timeout.
 */
const perSubgraph = () => ({
  ...subgraphUrlsShape(),
  ...Object.fromEntries(subgraphs.map(({ name }) => [timeoutVariable(name), optionalCount()])),
});

/** The gateway's configuration from an environment. */
export function gatewayEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv({ ...shape, ...perSubgraph() }, source) as z.infer<z.ZodObject<typeof shape>> & Record<string, unknown>;
  return {
    ...parsed,
    /** Where each subgraph answers, by name. */
    subgraphUrls: subgraphUrls(parsed),
    tracing: tracingConfig(parsed),
    /** Each subgraph's own timeout where one is set, by name. */
    subgraphTimeoutsMs: Object.fromEntries(subgraphs.map(({ name }) => [name, parsed[timeoutVariable(name)] as number | undefined])),
  };
}

/** The gateway's configuration; the only place that reads process.env. */
export const env = gatewayEnv();
