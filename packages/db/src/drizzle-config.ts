/**
 * drizzle-kit's settings, the same for every subgraph: its tables in src/db/schema.ts, its SQL
 * migrations in drizzle/, column names in snake_case. A service's drizzle.config.ts is this call.
 */
export function serviceDrizzleConfig() {
  return {
    dialect: 'postgresql' as const,
    schema: './src/db/schema.ts',
    out: './drizzle',
    casing: 'snake_case' as const,
    strict: true,
  };
}
