import { databaseLocation } from '@pamir/db';
import { runSubgraph } from '@pamir/server';
import { createContext, graphSchema, migrationsFolder, openServiceDatabase, serviceName } from './app.js';
import { env } from './env.js';

runSubgraph({
  name: serviceName,
  port: env.PORT,
  host: env.HOST,
  schema: graphSchema,
  open: () =>
    openServiceDatabase(
      databaseLocation(serviceName, {
        serviceUrl: env.DIPLOMACY_DATABASE_URL,
        serverUrl: env.DATABASE_URL,
        dataRoot: env.PAMIR_DATA_DIR,
      }),
    ),
  context: (database) => createContext(database.db),
  ready: (database) => database.checkReady(migrationsFolder),
});
