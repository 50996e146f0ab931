import { fileURLToPath } from 'node:url';
import { databaseLocation, type DatabaseLocation } from '@pamir/db';
import { z } from 'zod';

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

/** Where a subgraph process listens and keeps its data. */
export interface SubgraphConfig {
  port: number;
  host: string;
  location: DatabaseLocation;
}

/**
 * A subgraph's configuration: PORT, HOST, its own database URL (`SECURITY_DATABASE_URL`), else
 * its own database on the server at DATABASE_URL, else PGlite under PAMIR_DATA_DIR (`.data/`).
 */
export function subgraphEnv(
  name: string,
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  const own = `${name.toUpperCase()}_DATABASE_URL`;
  const parsed = parseEnv(
    {
      PORT: port(defaultPort),
      HOST: z.string().default('0.0.0.0'),
      [own]: optionalUrl(),
      DATABASE_URL: optionalUrl(),
      PAMIR_DATA_DIR: z.string().default(fileURLToPath(new URL('../../../.data', import.meta.url))),
    },
    env,
  ) as { PORT: number; HOST: string; DATABASE_URL?: string; PAMIR_DATA_DIR: string } & Record<string, unknown>;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    location: databaseLocation(name, {
      serviceUrl: parsed[own] as string | undefined,
      serverUrl: parsed.DATABASE_URL,
      dataRoot: parsed.PAMIR_DATA_DIR,
    }),
  };
}
