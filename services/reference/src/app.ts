import { defineSubgraph } from '@pamir/server';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { country } from './records/country.js';
import { organization } from './records/organization.js';
import { person } from './records/person.js';
import { place } from './records/place.js';
import { sourceDocument } from './records/source-document.js';
import { resolvers } from './resolvers/index.js';
import { createLoaders } from './store/loaders.js';

/** The reference subgraph: its SDL, tables, record types, resolvers and curated data, as one definition. */
export const subgraph = defineSubgraph({
  name: 'reference',
  root: new URL('..', import.meta.url),
  tables: schema,
  recordTypes: [country, place, organization, person, sourceDocument],
  resolvers,
  loaders: createLoaders,
  loadCuratedData: (db) => loadCuratedData(db),
});

export const { createContext, graphSchema, migrationsFolder, openServiceDatabase, typeDefs } = subgraph;
export { loadCuratedData, schema };
