import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DatabaseHandle, type DatabaseLocation } from '@pamir/db';
import { subgraphSchema } from '@pamir/server';
import type { Logger } from 'drizzle-orm';
import { createContext } from './context.js';
import { loadCuratedData } from './data/load.js';
import * as schema from './db/schema.js';
import { resolvers } from './resolvers/index.js';

export const serviceName = 'diplomacy';
export const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
export { schema, createContext, loadCuratedData };

/** The executable subgraph schema. */
export const graphSchema = subgraphSchema(typeDefs, resolvers);

/** Opens the database, applies migrations and loads the curated data. */
export async function openServiceDatabase(
  location: DatabaseLocation,
  options: { logger?: Logger } = {},
): Promise<DatabaseHandle<typeof schema>> {
  const handle = await openDatabase(location, schema, options);
  try {
    await handle.migrate(migrationsFolder);
    await loadCuratedData(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
