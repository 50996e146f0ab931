import type { RequestAuth } from '@pamir/auth';
import type { Database } from '@pamir/db';
import { noPeers, type Peers } from '@pamir/server';
import type * as schema from './db/schema.js';
import { createLoaders, type Loaders } from './store/loaders.js';

/** What every resolver gets for one request. */
export interface Context {
  db: Database<typeof schema>;
  loaders: Loaders;
  /** Who is calling: checked by every write, and by reads when they require a token. */
  auth: RequestAuth;
  /** The other subgraphs, asked whether the entities a write names exist. */
  peers: Peers;
}

export function createContext(db: Database<typeof schema>, auth: RequestAuth = {}, peers: Peers = noPeers): Context {
  return { db, loaders: createLoaders(db), auth, peers };
}
