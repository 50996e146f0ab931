import { defineSubgraph } from '@pamir/server';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { energyProject } from './records/energy-project.js';
import { energyTarget } from './records/energy-target.js';
import { resolvers } from './resolvers/index.js';
import { createLoaders } from './store/loaders.js';

/** The energy subgraph: its SDL, tables, record types, resolvers and curated data, as one definition. */
export const subgraph = defineSubgraph({
  name: 'energy',
  root: new URL('..', import.meta.url),
  tables: schema,
  recordTypes: [energyProject, energyTarget],
  resolvers,
  loaders: createLoaders,
  loadCuratedData: (db) => loadCuratedData(db),
});

export const { createContext, graphSchema, migrationsFolder, openServiceDatabase, typeDefs } = subgraph;
export { loadCuratedData, schema };
