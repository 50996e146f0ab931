import type { SubgraphContext } from '@pamir/server';
import type * as schema from './db/schema.js';
import type { Loaders } from './store/loaders.js';

/** What every resolver gets for one request: database, loaders, caller, peers (made by defineSubgraph). */
export type Context = SubgraphContext<typeof schema, Loaders>;
