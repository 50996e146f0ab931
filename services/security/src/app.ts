import { defineSubgraph } from '@pamir/server';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { militaryFacility } from './records/military-facility.js';
import { securityEvent } from './records/security-event.js';
import { resolvers } from './resolvers/index.js';
import { createLoaders } from './store/loaders.js';

/** The security subgraph: its SDL, tables, record types, resolvers and curated data, as one definition. */
export const subgraph = defineSubgraph({
  name: 'security',
  root: new URL('..', import.meta.url),
  tables: schema,
  recordTypes: [securityEvent, militaryFacility],
  resolvers,
  loaders: createLoaders,
  loadCuratedData: (db) => loadCuratedData(db),
});

export const { createContext, graphSchema, migrationsFolder, openServiceDatabase, typeDefs } = subgraph;
export { loadCuratedData, schema };
