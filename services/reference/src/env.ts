import { subgraphEnv } from '@pamir/server';

/**
 * This service's configuration, the only place that reads the environment: PORT (default 4001),
 * HOST, REFERENCE_DATABASE_URL, DATABASE_URL (then the database pamir_reference on that server) and
 * PAMIR_DATA_DIR (PGlite; default .data/ at the repository root).
 */
export const env = subgraphEnv('reference', 4001);
