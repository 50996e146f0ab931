import type { Database } from '@pamir/db';
import type * as schema from './db/schema.js';
import { createLoaders, type Loaders } from './store/loaders.js';

/** What every resolver gets for one request. */
export interface Context {
  db: Database<typeof schema>;
  loaders: Loaders;
}

export function createContext(db: Database<typeof schema>): Context {
  return { db, loaders: createLoaders(db) };
}
