import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BaseContext } from '@apollo/server';
import type { RequestAuth } from '@pamir/auth';
import {
  openDatabase,
  revisionLoader,
  type Database,
  type DatabaseHandle,
  type DatabaseLocation,
  type StatementObserver,
} from '@pamir/db';
import { commonTypeDefs } from '@pamir/graph';
import { getTableColumns, type Logger } from 'drizzle-orm';
import type { RecordType } from './records/declaration.js';
import { checkRecordTypes } from './records/schema-check.js';
import { recordWrites } from './records/writes.js';
import { noPeers, type Peers } from './references.js';
import { subgraphSchema } from './subgraph.js';

type RevisionLoader = ReturnType<typeof revisionLoader>;

/** Every subgraph's context says who is calling. */
export interface AuthContext extends BaseContext {
  auth: RequestAuth;
}

/** What every resolver of a subgraph gets for one request. */
export interface SubgraphContext<TTables extends Record<string, unknown>, TLoaders> extends AuthContext {
  db: Database<TTables>;
  /** The subgraph's own batched lookups, made afresh for each request. */
  loaders: TLoaders;
  /** The other subgraphs, asked whether the entities a write names exist. */
  peers: Peers;
  /** The revisions of one record type's records, oldest first, batched per request. */
  revisions: (recordType: string) => RevisionLoader;
}

/** What a domain team writes to make a subgraph; everything else is derived from it. */
export interface SubgraphDefinition<TTables extends Record<string, unknown>, TLoaders> {
  /** Its name in the list of subgraphs; writes need the scope `write:<name>`. */
  name: string;
  /** The service's folder, holding schema.graphql and drizzle/: `new URL('..', import.meta.url)`. */
  root: URL;
  /** The Drizzle tables. */
  tables: TTables;
  /** The read resolvers (and any mutation beyond the record types' four). */
  resolvers: object;
  /** The writable record types: each gets create, update, archive, restore and its revisions. */
  recordTypes?: readonly RecordType[];
  /** The per-request batched lookups. */
  loaders: (db: Database<TTables>) => TLoaders;
  /** Loads the curated data files, idempotently. */
  loadCuratedData: (db: Database<TTables>) => Promise<unknown>;
}

/**
 * A subgraph ready to serve or test: its SDL and executable schema (with the record types' writes
 * added and checked against the SDL), its migrations, its per-request context, and how to open its
 * database (migrated and loaded).
 */
export function defineSubgraph<TTables extends Record<string, unknown>, TLoaders>(
  definition: SubgraphDefinition<TTables, TLoaders>,
) {
  const typeDefs = readFileSync(new URL('schema.graphql', definition.root), 'utf8');
  const migrationsFolder = fileURLToPath(new URL('drizzle', definition.root));
  const recordTypes = definition.recordTypes ?? [];
  const writes = recordWrites(definition.name, recordTypes);
  const graphSchema = subgraphSchema(typeDefs, withWrites(definition.resolvers, recordTypes, writes.mutationResolvers()));
  checkRecordTypes(`${commonTypeDefs}\n${typeDefs}`, recordTypes);

  function createContext(
    db: Database<TTables>,
    auth: RequestAuth = {},
    peers: Peers = noPeers,
  ): SubgraphContext<TTables, TLoaders> {
    const revisionLoaders = new Map<string, RevisionLoader>();
    return {
      db,
      auth,
      peers,
      loaders: definition.loaders(db),
      revisions: (recordType) => {
        let loader = revisionLoaders.get(recordType);
        if (!loader) revisionLoaders.set(recordType, (loader = revisionLoader(db, recordType)));
        return loader;
      },
    };
  }

  /** Opens the database, applies the migrations and loads the curated data. */
  async function openServiceDatabase(
    location: DatabaseLocation,
    options: { logger?: Logger; observer?: StatementObserver } = {},
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
    recordTypes,
    writes,
    typeDefs,
    migrationsFolder,
    graphSchema,
    createContext,
    openServiceDatabase,
  };
}

/** The service's resolvers with each record type's mutations and `revisions` field added. */
function withWrites(resolvers: object, types: readonly RecordType[], mutations: object): object {
  const own = resolvers as Record<string, Record<string, unknown> | undefined>;
  const fields = Object.fromEntries(
    types.map((type) => {
      const property = Object.entries(getTableColumns(type.table)).find(([, column]) => column === type.column)?.[0];
      if (!property) throw new Error(`${type.type}: its key column is not a column of its table`);
      const revisions = (row: Record<string, unknown>, _: unknown, context: SubgraphContext<Record<string, unknown>, unknown>) =>
        context.revisions(type.type).load(String(row[property]));
      return [type.type, { revisions, ...own[type.type] }];
    }),
  );
  return { ...own, ...fields, Mutation: { ...mutations, ...own['Mutation'] } };
}

export type Subgraph<TTables extends Record<string, unknown>, TLoaders> = ReturnType<typeof defineSubgraph<TTables, TLoaders>>;
