import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackDrivers } from '../kit/databases.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

// ACLED in and out through the gateway, as an administrator does it: the fixture is written in
// ACLED's export format, with quoted commas, empty cells, a duplicate row and bad rows.

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtureFile = path.join(root, 'services/security/test/fixtures/acled-export.csv');
const run = promisify(execFile);

const importAcled = `mutation ($csv: String!, $dryRun: Boolean) {
  importAcled(csv: $csv, dryRun: $dryRun) {
    dryRun rowsRead created updated unchanged
    changes { line eventIdCnty eventId action changedFields }
    rejected { line eventIdCnty column reason }
    referenceRecords { type id name }
  }
}`;
const exportAcled = `query ($filter: SecurityEventFilter) { acledExport(filter: $filter) }`;
const imported = ['TJK90001', 'TJK90002', 'TJK90003', 'TJK90004', 'AFG90006'];

interface Report {
  dryRun: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  changes: { line: number; eventIdCnty: string; eventId: string; action: string; changedFields: string[] }[];
  rejected: { line: number; eventIdCnty: string | null; column: string | null; reason: string }[];
  referenceRecords: { type: string; id: string; name: string }[];
}

/** Rows of a CSV by their `event_id_cnty`. */
function rowsById(csv: string): Map<string, Record<string, string>> {
  const rows = parse<Record<string, string>>(csv, { columns: true, relax_column_count: true });
  return new Map(rows.map((row) => [row['event_id_cnty']!, row]));
}

describe.each(stackDrivers())('ACLED import and export through the gateway on %s', (driver) => {
  let stack: TestStack;
  let fixture: string;
  let admin: string;
  beforeAll(async () => {
    stack = await startTestStack(driver);
    fixture = await readFile(fixtureFile, 'utf8');
    admin = await stack.token(['admin'], 'importer');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const importFile = async (csv: string, dryRun = false) => {
    const result = await stack.query<{ importAcled: Report }>(importAcled, { csv, dryRun }, { token: admin });
    expect(result.errors).toBeUndefined();
    return result.data!.importAcled;
  };
  /** What the graph holds, counted: an import that must change nothing leaves these alone. */
  const counts = async () =>
    (
      await stack.query(`{
        securityEvents(filter: { includeArchived: true }) { totalCount }
        places(filter: { includeArchived: true }) { totalCount }
        organizations(filter: { includeArchived: true }) { totalCount }
        sourceDocuments(filter: { includeArchived: true }) { totalCount }
      }`)
    ).data;

  it('is for administrators: no token, or a team token, is refused', async () => {
    const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      result.errors?.[0]?.extensions?.['code'];
    const before = await counts();
    expect(code(await stack.query(importAcled, { csv: fixture }))).toBe('UNAUTHENTICATED');
    const securityTeam = await stack.token(['write:security'], 'alice');
    expect(code(await stack.query(importAcled, { csv: fixture }, { token: securityTeam }))).toBe('FORBIDDEN');
    expect(code(await stack.query(exportAcled, {}, { token: securityTeam }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file it cannot read as a whole, naming the argument and the line', async () => {
    const result = await stack.query(
      importAcled,
      { csv: 'event_id_cnty,event_date\nTJK1,2023-01-01\n' },
      { token: admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'csv' });
    expect(result.errors?.[0]?.message).toMatch(/line 1: the header lacks ACLED's columns year/);
  });

  it('reports in a dry run what it would do, and changes nothing', async () => {
    const before = await counts();
    const report = await importFile(fixture, true);
    expect(report).toMatchObject({ dryRun: true, rowsRead: 8, created: 5, updated: 0, unchanged: 0 });
    expect(report.changes.map((change) => change.eventId)).toEqual(
      imported.map((id) => `acled-${id.toLowerCase()}`),
    );
    expect(report.referenceRecords.filter((record) => record.type !== 'SourceDocument')).toEqual([
      { type: 'Place', id: 'vanj', name: 'Vanj' },
      {
        type: 'Organization',
        id: 'military-forces-of-tajikistan-1994',
        name: 'Military Forces of Tajikistan (1994-)',
      },
      { type: 'Organization', id: 'interior-ministry-troops', name: 'Interior Ministry troops' },
    ]);
    expect(await counts()).toEqual(before);
    const lookup = await stack.query(
      `{ securityEvent(id: "acled-tjk90001") { id } place(id: "vanj") { id } }`,
    );
    expect(lookup.data).toEqual({ securityEvent: null, place: null });
  });

  it('imports the good rows in one go, and reports each bad row with its line and column', async () => {
    const report = await importFile(fixture);
    expect(report).toMatchObject({ dryRun: false, rowsRead: 8, created: 5, updated: 0, unchanged: 0 });
    expect(report.rejected.map(({ line, eventIdCnty, column }) => [line, eventIdCnty, column])).toEqual([
      [6, 'TJK90005', 'event_date'],
      [6, 'TJK90005', 'sub_event_type'],
      [6, 'TJK90005', 'fatalities'],
      [7, 'TJK90002', 'event_id_cnty'],
      [9, 'TJK90007', null],
    ]);
    expect(report.rejected[3]!.reason).toBe('repeats line 3, which is imported');

    // Known names are matched by name or alias; unknown ones are made in reference, cited to the event.
    const { data } = await stack.query<Record<string, unknown>>(`{
      clash: securityEvent(id: "acled-tjk90001") {
        title date fatalities place { id } country { code }
        actors { organization { id } role actorType }
        citations { quote source { id publisher originalPublisher } }
      }
      vanj: securityEvent(id: "acled-tjk90002") { fatalities place { id name kind admin2 country { code } citations { quote source { id } } } }
      takhar: securityEvent(id: "acled-afg90006") { country { code } place { id } }
      parade: securityEvent(id: "acled-tjk90004") { tags actors { organization { id kind } role actorType } }
      missing: securityEvent(id: "acled-tjk90005") { id }
    }`);
    expect(data).toEqual({
      clash: {
        title: 'Armed clash in Kevron',
        date: '2023-08-30',
        fatalities: 3,
        place: { id: 'kevron' },
        country: { code: 'TJK' },
        actors: [
          {
            organization: { id: 'tajikistan-state-committee-national-security' },
            role: 'ACTOR1',
            actorType: 'STATE_FORCES',
          },
          { organization: { id: 'jamaat-ansarullah' }, role: 'ACTOR2', actorType: 'REBEL_GROUP' },
        ],
        citations: [
          {
            quote:
              'Quoting Tajikistan’s State Security Council, local news outlets reported the terrorists illegally crossed the Afghanistan-Tajikistan border on the night of August 30.',
            source: {
              id: 'acled-tjk90001',
              publisher: 'ACLED (Armed Conflict Location & Event Data)',
              originalPublisher: 'Amu TV',
            },
          },
        ],
      },
      vanj: {
        fatalities: null,
        place: {
          id: 'vanj',
          name: 'Vanj',
          kind: 'DISTRICT',
          admin2: 'Vanj',
          country: { code: 'TJK' },
          citations: [{ quote: 'Vanj', source: { id: 'acled-tjk90002' } }],
        },
      },
      takhar: { country: { code: 'AFG' }, place: { id: 'takhar-province' } },
      parade: {
        tags: ['crowd size=some 2,000'],
        actors: [
          {
            organization: { id: 'military-forces-of-tajikistan-1994', kind: 'ARMED_FORCES' },
            role: 'ACTOR1',
            actorType: 'STATE_FORCES',
          },
          {
            organization: { id: 'tajikistan-border-troops', kind: 'ARMED_FORCES' },
            role: 'ASSOC_ACTOR1',
            actorType: 'STATE_FORCES',
          },
          {
            organization: { id: 'interior-ministry-troops', kind: 'ARMED_FORCES' },
            role: 'ASSOC_ACTOR1',
            actorType: 'STATE_FORCES',
          },
        ],
      },
      missing: null,
    });
  });

  it('re-imports the same file as a no-op: no new versions, revisions or reference records', async () => {
    const before = await counts();
    const report = await importFile(fixture);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 5, changes: [], referenceRecords: [] });
    expect(await counts()).toEqual(before);
    const event = await stack.query<{ securityEvent: { version: number; revisions: unknown[] } }>(
      `{ securityEvent(id: "acled-tjk90001") { version revisions { version } } }`,
    );
    expect(event.data!.securityEvent).toEqual({ version: 1, revisions: [{ version: 1 }] });
  });

  it('exports every column of an imported row as it came in', async () => {
    const result = await stack.query<{ acledExport: string }>(
      exportAcled,
      { filter: { countries: ['TJK', 'AFG'] } },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    const exported = rowsById(result.data!.acledExport);
    const original = rowsById(fixture);
    for (const id of imported) expect(exported.get(id), id).toEqual(original.get(id));
    // Pamir's own events come out too, under their Pamir ids, in ACLED's terms.
    expect(exported.get('2023-08-30-darvaz-ansarullah-incursion')).toMatchObject({
      event_date: '2023-08-30',
      year: '2023',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      iso: '762',
      country: 'Tajikistan',
      fatalities: '3',
    });
  });

  it('writes an edited field from the event, and a re-import of the file restores the row', async () => {
    const securityTeam = await stack.token(['write:security'], 'alice');
    const edit = await stack.query(
      `mutation { updateSecurityEvent(id: "acled-tjk90002", version: 1, patch: { fatalities: 2 }) { version } }`,
      {},
      { token: securityTeam },
    );
    expect(edit.errors).toBeUndefined();
    const exported = rowsById(
      (await stack.query<{ acledExport: string }>(exportAcled, {}, { token: admin })).data!.acledExport,
    );
    expect(exported.get('TJK90002')).toEqual({ ...rowsById(fixture).get('TJK90002'), fatalities: '2' });

    const report = await importFile(fixture);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect(report.changes).toEqual([
      {
        line: 3,
        eventIdCnty: 'TJK90002',
        eventId: 'acled-tjk90002',
        action: 'UPDATE',
        changedFields: ['fatalities'],
      },
    ]);
    const event = await stack.query(`{ securityEvent(id: "acled-tjk90002") { version fatalities } }`);
    expect(event.data).toEqual({ securityEvent: { version: 3, fatalities: null } });
  });

  it('leaves an entry per imported event in the audit log, under the importer', async () => {
    const log = await stack.query<{
      securityAuditLog: { nodes: { operation: string; recordId: string; caller: string; outcome: string }[] };
    }>(
      `{ securityAuditLog(first: 100) { nodes { operation recordId caller outcome } } }`,
      {},
      { token: admin },
    );
    const entries = log.data!.securityAuditLog.nodes.filter((entry) => entry.operation === 'importAcled');
    expect(
      entries
        .filter((entry) => entry.outcome === 'ACCEPTED')
        .map((entry) => entry.recordId)
        .sort(),
    ).toEqual([...imported.map((id) => `acled-${id.toLowerCase()}`), 'acled-tjk90002'].sort());
    expect(entries.every((entry) => entry.outcome !== 'ACCEPTED' || entry.caller === 'importer')).toBe(true);
    expect(entries.some((entry) => entry.outcome === 'FORBIDDEN' && entry.caller === 'alice')).toBe(true);
  });

  it('gives a new place a free id when its name is taken in another country', async () => {
    // Kabul is known in Afghanistan; a Kabul in Tajikistan is a new place, and `kabul` is taken.
    const [header, first] = fixture.split('\n');
    const row = first!.replace('TJK90001', 'TJK90100').replace(',Kevron,', ',Kabul,');
    const report = await importFile(`${header}\n${row}\n`);
    expect(report).toMatchObject({ created: 1, rejected: [] });
    expect(report.referenceRecords.filter((record) => record.type === 'Place')).toEqual([
      { type: 'Place', id: 'kabul-2', name: 'Kabul' },
    ]);
    const { data } = await stack.query(
      `{ securityEvent(id: "acled-tjk90100") { place { id country { code } } } place(id: "kabul") { country { code } } }`,
    );
    expect(data).toEqual({
      securityEvent: { place: { id: 'kabul-2', country: { code: 'TJK' } } },
      place: { country: { code: 'AFG' } },
    });
  });

  it('runs from the command line: import with --dry-run and export to a file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'pamir-acled-'));
    const env = { ...process.env, PAMIR_TOKEN: admin, PAMIR_GATEWAY_URL: stack.urls.gateway };
    try {
      const dry = await run(
        'pnpm',
        ['-s', '--filter', '@pamir/security', 'import:acled', fixtureFile, '--dry-run'],
        { cwd: root, env },
      );
      expect(dry.stdout).toContain('dry run: nothing changed. 8 rows read');
      expect(dry.stdout).toContain(
        '0 events would be created, 0 would be updated, 5 unchanged, 5 rejections',
      );
      expect(dry.stdout).toContain('rejected: line 9 TJK90007: the row has 3 cells; the header has 31');
      const file = path.join(folder, 'export.csv');
      await run('pnpm', ['-s', '--filter', '@pamir/security', 'export:acled', file, '--country', 'TJK'], {
        cwd: root,
        env,
      });
      const exported = rowsById(await readFile(file, 'utf8'));
      expect(exported.get('TJK90001')).toEqual(rowsById(fixture).get('TJK90001'));
      expect(exported.has('AFG90006')).toBe(false);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
