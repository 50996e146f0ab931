import { limitsShape, parseEnv, port } from '@pamir/server';
import { z } from 'zod';

const url = (fallback: string) => z.string().url().default(fallback);

/** The gateway's configuration; the only place that reads process.env. */
export const env = parseEnv({
  PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  REFERENCE_URL: url('http://localhost:4001/graphql'),
  SECURITY_URL: url('http://localhost:4002/graphql'),
  DIPLOMACY_URL: url('http://localhost:4003/graphql'),
  ENERGY_URL: url('http://localhost:4004/graphql'),
  /** The web client, for the landing page's links to it and its IDE. */
  WEB_URL: url('http://localhost:3000'),
  /** How long one subgraph request may take before the gateway gives up on it. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Proves to the subgraphs that a request comes through the gateway. */
  ...limitsShape,
  PAMIR_GATEWAY_SECRET: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
});
