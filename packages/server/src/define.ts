import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BaseContext } from '@apollo/server';
import type { RequestAuth } from '@pamir/auth';
import { openDatabase, type Database, type DatabaseHandle, type DatabaseLocation } from '@pamir/db';
import type { Logger } from 'drizzle-orm';
import type { Peers } from './references.js';
import { subgraphSchema } from './subgraph.js';

/** Every subgraph's context says who is calling. */
export interface AuthContext extends BaseContext {
  auth: RequestAuth;
}

/** What a domain team writes to make a subgraph; everything else is derived from it. */
export interface SubgraphDefinition<TTables extends Record<string, unknown>, TContext extends AuthContext> {
  name: string;
  /** The service's folder, holding schema.graphql and drizzle/: `new URL('..', import.meta.url)`. */
  root: URL;
  /** The Drizzle tables. */
  tables: TTables;
  resolvers: object;
  /** The per-request context: `auth` says who is calling, `peers` reaches the other subgraphs. */
  createContext: (db: Database<TTables>, auth?: RequestAuth, peers?: Peers) => TContext;
  /** Loads the curated data files, idempotently. */
  loadCuratedData: (db: Database<TTables>) => Promise<unknown>;
}

/**
 * A subgraph ready to serve or test: its SDL and executable schema, its migrations, and how to
 * open its database (migrated and loaded).
 */
export function defineSubgraph<TTables extends Record<string, unknown>, TContext extends AuthContext>(
  definition: SubgraphDefinition<TTables, TContext>,
) {
  const typeDefs = readFileSync(new URL('schema.graphql', definition.root), 'utf8');
  const migrationsFolder = fileURLToPath(new URL('drizzle', definition.root));

  /** Opens the database, applies the migrations and loads the curated data. */
  async function openServiceDatabase(
    location: DatabaseLocation,
    options: { logger?: Logger } = {},
  ): Promise<DatabaseHandle<TTables>> {
    const handle = await openDatabase(location, definition.tables, options);
    try {
      await handle.migrate(migrationsFolder);
      await definition.loadCuratedData(handle.db);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle;
  }

  return {
    ...definition,
    typeDefs,
    migrationsFolder,
    graphSchema: subgraphSchema(typeDefs, definition.resolvers),
    openServiceDatabase,
  };
}

export type Subgraph<TTables extends Record<string, unknown>, TContext extends AuthContext> = ReturnType<
  typeof defineSubgraph<TTables, TContext>
>;
