import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, databaseLocation, openDatabase } from '../src/index.js';

describe('databaseLocation', () => {
  it("prefers the service's own URL, then its own database on the shared server, then PGlite", () => {
    expect(databaseLocation('energy', { serviceUrl: 'postgres://h/x', serverUrl: 'postgres://s/y', dataRoot: '/d' })).toEqual({
      driver: 'postgres',
      url: 'postgres://h/x',
    });
    expect(databaseLocation('energy', { serverUrl: 'postgres://u@s:5432/postgres', dataRoot: '/d' })).toEqual({
      driver: 'postgres',
      url: 'postgres://u@s:5432/pamir_energy',
    });
    expect(databaseLocation('energy', { dataRoot: '/d' })).toEqual({ driver: 'pglite', dataDir: '/d/energy' });
  });
});

describe('openDatabase', () => {
  it('names the database and the reason when the server cannot be reached', async () => {
    const error = await openDatabase({ driver: 'postgres', url: 'postgres://postgres@127.0.0.1:1/pamir_x' }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/^cannot open database pamir_x on 127\.0\.0\.1:1: .*ECONNREFUSED/);
  });

  it.runIf(process.env['TEST_DATABASE_URL'])('creates its database on the server when it is missing', async () => {
    const server = process.env['TEST_DATABASE_URL']!;
    const name = `pamir_test_open_${process.pid}`;
    const url = new URL(server);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ driver: 'postgres', url: url.toString() }, {});
    await handle.ping();
    await handle.close();
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    const [row] = await admin`select count(*)::int as n from pg_database where datname = ${name}`;
    await admin.unsafe(`drop database "${name}" with (force)`);
    await admin.end();
    expect(row?.n).toBe(1);
  });
});
