import { defineSubgraph } from '@pamir/server';
import { createContext } from './context.js';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { resolvers } from './resolvers/index.js';

/** The reference subgraph: its SDL, tables, resolvers and curated data, as one definition. */
export const subgraph = defineSubgraph({
  name: 'reference',
  root: new URL('..', import.meta.url),
  tables: schema,
  resolvers,
  createContext,
  loadCuratedData: (db) => loadCuratedData(db),
});

export const { graphSchema, migrationsFolder, openServiceDatabase, typeDefs } = subgraph;
export { createContext, loadCuratedData, schema };
