import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runStartCommand, type StartCommand } from '../kit/command.js';
import { eventually } from '../kit/eventually.js';
import { subgraphs } from '@pamir/stack';

// A domain team's first command, run as they would run it, in a copy of the repository: the new
// subgraph passes its own tests, `pnpm dev` runs it with the rest (as `pnpm start` does, from
// source), and the gateway answers a query that crosses from it into the reference subgraph. Then
// the README's "Adding a field" checklist, step by step in the same copy: the started graph serves
// the new field too. Last, the development loop: a saved SDL change shows through the gateway with
// no restart of the rest.

const run = promisify(execFile);
// The copy builds from this checkout's build cache: only what the new subgraph changes is built again.
const cached = { TURBO_CACHE_DIR: path.join(repositoryRoot, '.turbo/cache') };
const exec = (cwd: string, command: string, args: string[]) =>
  run(command, args, { cwd, env: { ...process.env, ...cached, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });

describe('pnpm new:subgraph', () => {
  let copy: string;
  let start: StartCommand | undefined;

  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'pamir-scaffold-'));
    // The repository as a clone would have it, with what is not committed yet: files git knows.
    const { stdout } = await exec(repositoryRoot, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    for (const file of stdout.split('\0').filter(Boolean)) {
      await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
      await cp(path.join(repositoryRoot, file), path.join(copy, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error; // deleted in the working tree, not yet in git
      });
    }
    await exec(copy, 'pnpm', ['install', '--offline', '--frozen-lockfile']);
  }, 300_000);

  afterAll(async () => {
    // Stopped as a user stops it, so that nothing it started outlives the test.
    if (start && start.child.exitCode === null && start.child.signalCode === null) {
      start.child.kill('SIGTERM');
      await start.exited;
    }
    await start?.cleanUp();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('makes a subgraph that passes its own tests', async () => {
    const made = await exec(copy, 'pnpm', ['new:subgraph', 'water', '--type', 'WaterPoint']);
    expect(made.stdout).toContain('services/water is ready');
    const list = JSON.parse(await readFile(path.join(copy, 'services/subgraphs.json'), 'utf8')) as { subgraphs: { name: string }[] };
    expect(list.subgraphs.map((entry) => entry.name)).toEqual([...subgraphs, 'water']);
    // Its migration was generated, and the supergraph composed with it.
    expect(await readFile(path.join(copy, 'packages/supergraph/supergraph.graphql'), 'utf8')).toContain('waterPoints');
    const tested = await exec(copy, 'pnpm', ['--filter', '@pamir/water', 'test']);
    // Exit code 0 is the verdict; the summary shows the subgraph's own tests did run.
    expect(tested.stdout).toContain('test/water-point.test.ts');
  }, 300_000);

  it('takes a new nullable field by the README checklist "Adding a field"', async () => {
    const water = path.join(copy, 'services/water');
    const note = 'Measured at the Nurek reservoir.';
    // 1. The SDL: the type, its input and its patch (each has `summary: String` to follow).
    await edit(water, 'schema.graphql', /^( {2}summary: String\n)/gm, '$1  "A note on it, in our own words."\n  note: String\n', 3);
    // 2. The Drizzle table, then its migration, named.
    await edit(water, 'src/db/schema.ts', /^( {4}summary: text\(\),\n)/m, '$1    note: text(),\n');
    await expect(exec(copy, 'pnpm', ['--filter', '@pamir/water', 'db:generate'])).rejects.toThrow(/needs --name/);
    await exec(copy, 'pnpm', ['--filter', '@pamir/water', 'db:generate', '--name', 'water_point_note']);
    const migrations = await readdir(path.join(water, 'drizzle'));
    expect(migrations).toContain('0001_water_point_note.sql');
    expect(await readFile(path.join(water, 'drizzle/0001_water_point_note.sql'), 'utf8')).toMatch(/ADD COLUMN "note" text/);
    // 3. The record type: its input (the data file's schema too), how it is read and written.
    const record = 'src/records/water-point.ts';
    await edit(water, record, /^( {2}summary: z\.string\(\)\.nullish\(\),\n)/m, '$1  note: z.string().nullish(),\n');
    await edit(water, record, /^( {6}summary: row\.summary,\n)/m, '$1      note: row.note,\n');
    await edit(water, record, /^( {8}summary: record\.summary \?\? null,\n)/m, '$1        note: record.note ?? null,\n');
    // 4. No resolver: the row's column has the field's name. 5. The data file gives it a value.
    await edit(water, 'data/water-points.json', /^( {4}"summary": .*\n)/m, `$1    "note": ${JSON.stringify(note)},\n`);
    // 6. Codegen, the one test file, composition.
    await exec(copy, 'pnpm', ['--filter', '@pamir/water', 'codegen']);
    const tested = await exec(copy, 'pnpm', ['--filter', '@pamir/water', 'test', 'test/water-point.test.ts']);
    expect(tested.stdout).toContain('test/water-point.test.ts');
    await exec(copy, 'pnpm', ['compose']);
    expect(await readFile(path.join(copy, 'packages/supergraph/schema.graphql'), 'utf8')).toMatch(/note: String/);
  }, 300_000);

  it('runs with the rest under pnpm dev, and the gateway serves its entity', async () => {
    start = await runStartCommand('pnpm', ['dev'], { cwd: copy, subgraphNames: [...subgraphs, 'water'], env: cached });
    await start.running;
    const body = await gatewayQuery('{ waterPoints { totalCount nodes { id note country { name } citations { quote source { title } } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      waterPoints: {
        totalCount: 1,
        nodes: [
          {
            id: 'tajikistan-relies-on-hydropower',
            note: 'Measured at the Nurek reservoir.',
            country: { name: 'Tajikistan' },
            citations: [
              {
                quote: 'With an abundance of lakes, rivers and glaciers, Tajikistan relies on hydropower',
                source: { title: 'Masdar Enters Tajikistan Market with 500mW Clean Energy Vision' },
              },
            ],
          },
        ],
      },
    });
  }, 300_000);

  it('serves a field saved into the SDL through the gateway, restarting that subgraph alone', async () => {
    const before = start!.output();
    const saved = performance.now();
    // An output field alone, its resolver the default one (null until the rows carry it).
    await edit(path.join(copy, 'services/water'), 'schema.graphql', /^( {2}citations: \[Citation!\]!\n)/m, '$1  "Whether it has water all year, once known."\n  perennial: Boolean\n');
    const served = await eventually(async () => ((await gatewayQuery('{ waterPoints { nodes { id perennial } } }')).errors ? undefined : true), {
      timeoutMs: 120_000,
      everyMs: 250,
    });
    expect(served).toBe(true);
    const seconds = (performance.now() - saved) / 1000;
    const after = start!.output().slice(before.length);
    expect(after).toMatch(/water restarted with your change in [\d.]+ s/);
    // Water alone started again; the gateway took the recomposed supergraph without a restart.
    expect(after.match(/^\[(\w+)\] serving http/gm)).toEqual(['[water] serving http']);
    expect(after).toMatch(/^\[gateway\] serving the recomposed supergraph/m);
    console.info(`[dev loop] SDL save to served through the gateway: ${seconds.toFixed(1)} s`);
  }, 180_000);

  /** A query to the copy's gateway, its body as JSON. */
  async function gatewayQuery(query: string): Promise<{ data?: unknown; errors?: unknown }> {
    const response = await fetch(`http://127.0.0.1:${start!.ports['GATEWAY_PORT']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  }
});

/** Changes a file of the copy as a person would, failing when the text to change is not there (`times` places). */
async function edit(folder: string, file: string, find: RegExp, replacement: string, times = 1): Promise<void> {
  const target = path.join(folder, file);
  const text = await readFile(target, 'utf8');
  const found = text.match(new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`))?.length ?? 0;
  if (found !== times) throw new Error(`${file}: expected ${times} place(s) matching ${find}, found ${found}`);
  await writeFile(target, text.replace(find, replacement));
}
