import { fileURLToPath } from 'node:url';
import { optionalUrl, parseEnv, port } from '@pamir/server';
import { z } from 'zod';

/** This service's configuration; the only place that reads process.env. */
export const env = parseEnv({
  PORT: port(4003),
  HOST: z.string().default('0.0.0.0'),
  /** A full URL for this service's own database; wins over DATABASE_URL. */
  DIPLOMACY_DATABASE_URL: optionalUrl(),
  /** A Postgres server; the service uses its own database `pamir_diplomacy` on it. */
  DATABASE_URL: optionalUrl(),
  /** Where PGlite keeps its directories when no URL is set. */
  PAMIR_DATA_DIR: z.string().default(fileURLToPath(new URL('../../../.data', import.meta.url))),
});
