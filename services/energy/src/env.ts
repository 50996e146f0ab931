import { subgraphEnv } from '@pamir/server';

/**
 * This service's configuration, the only place that reads the environment: PORT (default 4004),
 * HOST, ENERGY_DATABASE_URL, DATABASE_URL (then the database pamir_energy on that server) and
 * PAMIR_DATA_DIR (PGlite; default .data/ at the repository root).
 */
export const env = subgraphEnv('energy', 4004);
