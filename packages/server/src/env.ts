import { fileURLToPath } from 'node:url';
import { localAudience, localIssuer, type AuthConfig } from '@pamir/auth';
import { databaseLocation, type DatabaseLocation } from '@pamir/db';
import { defaultUrl, subgraphNamed, subgraphs, urlVariable } from '@pamir/subgraph-list';
import { committedEntityOwners, type EntityOwnerNames } from '@pamir/supergraph/committed';
import { z } from 'zod';
import { defaultMaxBodyBytes, defaultShutdownGraceMs } from './http.js';

/** Validates configuration once, at start; a bad value stops the process with the variable's name. */
export function parseEnv<T extends z.ZodRawShape>(
  shape: T,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`invalid configuration:\n${problems.join('\n')}`);
}

/** A TCP port from the environment, with a default. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** An optional URL from the environment; empty counts as unset. */
export const optionalUrl = () =>
  z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional());

/**
 * Limits every process shares: PAMIR_MAX_BODY_BYTES bounds a request body (an ACLED file travels
 * in one); PAMIR_SHUTDOWN_GRACE_MS is how long a stopping process lets requests in flight finish.
 */
export const limitsShape = {
  PAMIR_MAX_BODY_BYTES: z.coerce.number().int().positive().default(defaultMaxBodyBytes),
  PAMIR_SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(defaultShutdownGraceMs),
};

/**
 * Where traces go. Unset (the default), no SDK is loaded into the API: every span is the API's
 * no-op, and nothing leaves the process. The names are OpenTelemetry's own, so a collector's usual
 * configuration applies; the exporter also honours the other `OTEL_EXPORTER_OTLP_*` settings
 * (headers, timeout) and `OTEL_BSP_*` for batching.
 */
export const tracingShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalUrl(),
  // Only http/json is sent (@opentelemetry/exporter-trace-otlp-http); a collector's 4318 takes it.
  OTEL_EXPORTER_OTLP_PROTOCOL: z.preprocess((value) => (value === '' ? undefined : value), z.literal('http/json').optional()),
};

export interface TracingConfig {
  /** The OTLP/HTTP traces URL (`…/v1/traces`), or undefined: tracing off. */
  tracesUrl: string | undefined;
}

/** The traces URL the variables name: the traces endpoint as given, else the base endpoint's `/v1/traces`. */
export function tracingConfig(parsed: Record<string, unknown>): TracingConfig {
  const traces = parsed['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] as string | undefined;
  const base = parsed['OTEL_EXPORTER_OTLP_ENDPOINT'] as string | undefined;
  return { tracesUrl: traces ?? (base ? `${base.replace(/\/$/, '')}/v1/traces` : undefined) };
}

/** Where a subgraph process listens, keeps its data, and how it checks its callers. */
export interface SubgraphConfig {
  port: number;
  host: string;
  maxBodyBytes: number;
  shutdownGraceMs: number;
  location: DatabaseLocation;
  /** How long a query's response may be reused while the data has not changed; 0 turns the cache off. */
  responseCacheSeconds: number;
  auth: AccessConfig;
  /** Where each subgraph of the list answers (`<NAME>_URL`), for the questions this one asks its peers. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** The subgraph that owns each entity type, as the committed supergraph says: whom a write asks whether an entity exists. */
  entityOwners: EntityOwnerNames;
  /** Where traces are exported (OTEL_EXPORTER_OTLP_ENDPOINT); off when unset. */
  tracing: TracingConfig;
}

/** How a process checks who calls it. */
export interface AccessConfig extends AuthConfig {
  /** Reads need a token with the `read` scope too. */
  readsRequireAuth: boolean;
  /** When set, only requests carrying it (from the gateway) are served. */
  gatewaySecret?: string | undefined;
}

const optionalText = () => z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

/** The token settings shared by the subgraphs and the gateway. */
export const accessShape = {
  PAMIR_JWT_SECRET: optionalText(),
  PAMIR_JWKS_FILE: optionalText(),
  PAMIR_JWT_ISSUER: z.string().default(localIssuer),
  PAMIR_JWT_AUDIENCE: z.string().default(localAudience),
  PAMIR_READS_REQUIRE_AUTH: z.enum(['true', 'false']).default('false'),
  PAMIR_GATEWAY_SECRET: optionalText(),
};

function accessConfig(parsed: Record<string, unknown>): AccessConfig {
  return {
    issuer: parsed['PAMIR_JWT_ISSUER'] as string,
    audience: parsed['PAMIR_JWT_AUDIENCE'] as string,
    secret: parsed['PAMIR_JWT_SECRET'] as string | undefined,
    jwksFile: parsed['PAMIR_JWKS_FILE'] as string | undefined,
    readsRequireAuth: parsed['PAMIR_READS_REQUIRE_AUTH'] === 'true',
    gatewaySecret: parsed['PAMIR_GATEWAY_SECRET'] as string | undefined,
  };
}

/**
 * Where every subgraph of the list answers: `<NAME>_URL` for each, by default its
 * default port on this machine. Shared by the subgraphs (which ask their peers) and the gateway.
 */
export const subgraphUrlsShape = () =>
  Object.fromEntries(subgraphs.map((subgraph) => [urlVariable(subgraph.name), z.string().url().default(defaultUrl(subgraph))]));

/** The URLs `subgraphUrlsShape` parsed, by subgraph name. */
export function subgraphUrls(parsed: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(subgraphs.map(({ name }) => [name, parsed[urlVariable(name)] as string]));
}

/**
 * A listed subgraph's configuration: PORT (default: its port in the subgraph list), HOST, its own
 * database URL (`<NAME>_DATABASE_URL`), else its database (as listed) on the server at
 * DATABASE_URL, else PGlite under PAMIR_DATA_DIR (`.data/`); and `<NAME>_URL` for every subgraph.
 * Who owns which entity type is read from the committed supergraph here, so a supergraph that
 * leaves it unclear stops the process at start.
 */
export function subgraphEnv(name: string, env: Record<string, string | undefined> = process.env): SubgraphConfig {
  const listed = subgraphNamed(name);
  const own = `${name.toUpperCase()}_DATABASE_URL`;
  const parsed = parseEnv(
    {
      PORT: port(listed.port),
      // A subgraph answers only on this machine unless a deployment says otherwise: the gateway is the door.
      HOST: z.string().default('127.0.0.1'),
      [own]: optionalUrl(),
      DATABASE_URL: optionalUrl(),
      PAMIR_DATA_DIR: z.string().default(fileURLToPath(new URL('../../../.data', import.meta.url))),
      PAMIR_RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
      ...accessShape,
      ...limitsShape,
      ...tracingShape,
      ...subgraphUrlsShape(),
    },
    env,
  ) as { PORT: number; HOST: string; DATABASE_URL?: string; PAMIR_DATA_DIR: string } & Record<string, unknown>;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    maxBodyBytes: parsed['PAMIR_MAX_BODY_BYTES'] as number,
    shutdownGraceMs: parsed['PAMIR_SHUTDOWN_GRACE_MS'] as number,
    responseCacheSeconds: parsed['PAMIR_RESPONSE_CACHE_SECONDS'] as number,
    location: databaseLocation(name, {
      serviceUrl: parsed[own] as string | undefined,
      serverUrl: parsed.DATABASE_URL,
      dataRoot: parsed.PAMIR_DATA_DIR,
      database: listed.database,
    }),
    auth: accessConfig(parsed),
    subgraphUrls: subgraphUrls(parsed),
    entityOwners: committedEntityOwners(),
    tracing: tracingConfig(parsed),
  };
}
