import postgres from 'postgres';

/** The drivers the end-to-end suites run on: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export function stackDrivers(): ('pglite' | 'postgres')[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

/** A URL for a database of this test run on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(process.env['TEST_DATABASE_URL']!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops this run's databases from the test server. */
export async function dropDatabases(names: string[]): Promise<void> {
  const admin = postgres(process.env['TEST_DATABASE_URL']!, { max: 1, onnotice: () => {} });
  try {
    for (const name of names) await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 1 });
  }
}
