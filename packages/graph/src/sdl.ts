import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The SDL every subgraph shares, read from this package's common.graphql. */
export const commonTypeDefs = readFileSync(fileURLToPath(new URL('../common.graphql', import.meta.url)), 'utf8');
