import { defineSubgraph } from '@pamir/server';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { agreement } from './records/agreement.js';
import { diplomaticEngagement } from './records/diplomatic-engagement.js';
import { resolvers } from './resolvers/index.js';
import { createLoaders } from './store/loaders.js';

/** The diplomacy subgraph: its SDL, tables, record types, resolvers and curated data, as one definition. */
export const subgraph = defineSubgraph({
  name: 'diplomacy',
  root: new URL('..', import.meta.url),
  tables: schema,
  // Engagements first: an agreement names one of them.
  recordTypes: [diplomaticEngagement, agreement],
  resolvers,
  loaders: createLoaders,
  loadCuratedData: (db) => loadCuratedData(db),
});

export const { createContext, graphSchema, migrationsFolder, openServiceDatabase, typeDefs } = subgraph;
export { loadCuratedData, schema };
