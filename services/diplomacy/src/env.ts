import { subgraphEnv } from '@pamir/server';

/**
 * This service's configuration, the only place that reads the environment: PORT (default: its port
 * in services/subgraphs.json), HOST, DIPLOMACY_DATABASE_URL, DATABASE_URL (then its database, as listed,
 * on that server), PAMIR_DATA_DIR (PGlite; default .data/ at the repository root) and <NAME>_URL
 * for each subgraph it may ask.
 */
export const env = subgraphEnv('diplomacy');
