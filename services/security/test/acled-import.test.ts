import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RequestAuth } from '@pamir/auth';
import { testDrivers } from '@pamir/db/testing';
import { invalidFields, type Peers } from '@pamir/server';
import { subgraphClient } from '@pamir/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, graphSchema, schema } from '../src/app.js';
import { callerWith, fixtures, openTestDatabase, type Client, type SecurityDatabase } from './harness.js';

// The ACLED import inside the subgraph, with the reference subgraph played by a stand-in: each
// imported event is stored as every write stores it (a version, a revision, an audit entry), and
// the ACLED row is kept beside it. The import through the gateway is tested in tests/federation.

const importAcled = `mutation ($csv: String!, $dryRun: Boolean) {
  importAcled(csv: $csv, dryRun: $dryRun) { dryRun created updated unchanged changes { eventId action changedFields } }
}`;

/** A reference subgraph that knows two countries, and finds by name what the import made in it. */
function referencePeer(): Peers {
  const countries: Record<string, string> = { '762': 'TJK', '004': 'AFG' };
  const made = new Map<string, string>();
  const byName = new Map<string, string>();
  const known = (typename: string, id: string) =>
    made.has(`${typename} ${id}`) || (typename === 'Country' && Object.values(countries).includes(id));
  const named = (typename: string, names: unknown[]) =>
    names.map((asked) => {
      const name = typeof asked === 'string' ? asked : (asked as { name: string }).name;
      const id = byName.get(`${typename} ${name.toLowerCase()}`);
      return id ? { id } : null;
    });
  return {
    requireReferences: (references) => {
      const missing = references.filter(
        (reference) => !known(reference.typename, String(Object.values(reference.key)[0])),
      );
      return missing.length
        ? Promise.reject(
            invalidFields(missing.map((reference) => ({ path: reference.path, message: 'missing' }))),
          )
        : Promise.resolve();
    },
    ask: <T>(_: string, query: string, variables: Record<string, unknown> = {}) => {
      const answer = (): unknown => {
        if (query.includes('countriesByIsoNumeric')) {
          const codes = variables['codes'] as string[];
          return {
            countriesByIsoNumeric: codes.map((code) => (countries[code] ? { code: countries[code] } : null)),
          };
        }
        if (query.includes('placesNamed'))
          return { placesNamed: named('Place', variables['names'] as unknown[]) };
        if (query.includes('organizationsNamed')) {
          return { organizationsNamed: named('Organization', variables['names'] as unknown[]) };
        }
        if (query.includes('_entities')) {
          const representations = variables['representations'] as { __typename: string; id: string }[];
          return {
            _entities: representations.map(({ __typename, id }) => (known(__typename, id) ? { id } : null)),
          };
        }
        if (query.startsWith('mutation ImportAcledReferences')) {
          for (const [, typename, variable] of query.matchAll(/create(\w+)\(input: \$(r\d+)\)/g)) {
            const input = variables[variable!] as { id: string; name?: string; title?: string };
            made.set(`${typename} ${input.id}`, input.id);
            if (input.name) byName.set(`${typename} ${input.name.toLowerCase()}`, input.id);
          }
          return {};
        }
        throw new Error(`the stand-in reference subgraph cannot answer ${query}`);
      };
      return Promise.resolve(answer() as T);
    },
  };
}

describe.each(testDrivers())('the ACLED import on %s', (driver) => {
  let database: SecurityDatabase;
  let csv: string;
  let admin: Client;
  let alice: Client;
  const peers = referencePeer();

  const clientAs = (auth: RequestAuth) =>
    subgraphClient(graphSchema, () => createContext(database.db, auth, peers));

  async function ok<T>(client: Client, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await client.query(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  }

  const importFile = async (dryRun = false) =>
    (await ok<{ importAcled: Record<string, unknown> }>(admin, importAcled, { csv, dryRun })).importAcled;

  const revisionsOf = async (id: string) =>
    (
      await ok<{ securityEvent: { version: number; revisions: { version: number; operation: string }[] } }>(
        admin,
        `{ securityEvent(id: "${id}") { version revisions { version operation } } }`,
      )
    ).securityEvent;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    csv = await readFile(path.join(fixtures, 'acled-export.csv'), 'utf8');
    admin = await clientAs(callerWith('importer', 'admin'));
    alice = await clientAs(callerWith('alice', 'write:security'));
  });
  afterAll(async () => {
    await admin?.stop();
    await alice?.stop();
    await database?.close();
  });

  it('is for administrators, and a refused import is audited and writes nothing', async () => {
    const before = await database.db.$count(schema.securityEvents);
    const { errors } = await alice.query(importAcled, { csv });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await database.db.$count(schema.securityEvents)).toBe(before);
    const log = await ok<{
      securityAuditLog: { nodes: { operation: string; caller: string; outcome: string }[] };
    }>(admin, `{ securityAuditLog(first: 100) { nodes { operation caller outcome } } }`);
    expect(log.securityAuditLog.nodes).toContainEqual({
      operation: 'importAcled',
      caller: 'alice',
      outcome: 'FORBIDDEN',
    });
  });

  it('writes nothing in a dry run', async () => {
    const counts = async () => [
      await database.db.$count(schema.securityEvents),
      await database.db.$count(schema.revisions),
      await database.db.$count(schema.acledRows),
    ];
    const before = await counts();
    expect(await importFile(true)).toMatchObject({ dryRun: true, created: 5 });
    expect(await counts()).toEqual(before);
  });

  it('stores each event through the shared write path: version 1, an IMPORT revision, an audit entry, its row kept', async () => {
    const report = await importFile();
    expect(report).toMatchObject({ dryRun: false, created: 5, updated: 0, unchanged: 0 });
    expect(await revisionsOf('acled-tjk90001')).toEqual({
      version: 1,
      revisions: [{ version: 1, operation: 'IMPORT' }],
    });
    expect(await database.db.$count(schema.acledRows)).toBe(5);
    const log = await ok<{
      securityAuditLog: { nodes: { operation: string; recordId: string; caller: string; outcome: string }[] };
    }>(admin, `{ securityAuditLog(first: 100) { nodes { operation recordId caller outcome } } }`);
    const accepted = log.securityAuditLog.nodes.filter(
      (entry) => entry.operation === 'importAcled' && entry.outcome === 'ACCEPTED',
    );
    expect(accepted.map((entry) => entry.recordId).sort()).toEqual([
      'acled-afg90006',
      'acled-tjk90001',
      'acled-tjk90002',
      'acled-tjk90003',
      'acled-tjk90004',
    ]);
    expect(accepted.every((entry) => entry.caller === 'importer')).toBe(true);
  });

  it('changes nothing when the same file comes again, and restores an edited field', async () => {
    const revisions = await database.db.$count(schema.revisions);
    expect(await importFile()).toMatchObject({ created: 0, updated: 0, unchanged: 5, changes: [] });
    expect(await database.db.$count(schema.revisions)).toBe(revisions);

    await ok(
      alice,
      `mutation { updateSecurityEvent(id: "acled-tjk90002", version: 1, patch: { fatalities: 2 }) { version } }`,
    );
    const report = await importFile();
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect(report['changes']).toEqual([
      { eventId: 'acled-tjk90002', action: 'UPDATE', changedFields: ['fatalities'] },
    ]);
    expect(await revisionsOf('acled-tjk90002')).toEqual({
      version: 3,
      revisions: [
        { version: 1, operation: 'IMPORT' },
        { version: 2, operation: 'UPDATE' },
        { version: 3, operation: 'IMPORT' },
      ],
    });
  });
});
