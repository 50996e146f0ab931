import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { namesFor, type Names } from './names.js';
import { renderTemplate, writeTemplate } from './template.js';

/** A step of making a subgraph, as a command run at the repository root. */
export type Step = { what: string; command: string; args: string[] };

/** The commands that make the new folder a working package: linked, typed, migrated, composed, deployable. */
export function stepsFor(names: Names): Step[] {
  const filter = ['--filter', `@pamir/${names.name}`];
  return [
    { what: 'link the new package into the workspace', command: 'pnpm', args: ['install', '--prefer-offline', '--no-frozen-lockfile'] },
    { what: 'generate its resolver types', command: 'pnpm', args: [...filter, 'codegen'] },
    { what: 'generate its first migration', command: 'pnpm', args: [...filter, 'db:generate', '--name', 'init'] },
    { what: 'compose the supergraph with it', command: 'pnpm', args: ['compose'] },
    { what: 'write its Dockerfile and deployment manifests', command: 'pnpm', args: ['infra:generate'] },
  ];
}

interface ListFile {
  $comment?: string;
  subgraphs: { name: string; port: number; database: string; schema: string }[];
}

/**
 * Makes `services/<name>/` from the template and adds it to `services/subgraphs.json` with the next
 * free port, then runs the steps that make it work (unless `run` is false, for a dry look).
 */
export async function newSubgraph(
  root: string,
  name: string,
  options: { type?: string; run?: boolean; log?: (line: string) => void } = {},
): Promise<Names> {
  const log = options.log ?? console.log;
  const listPath = join(root, 'services', 'subgraphs.json');
  const list = JSON.parse(await readFile(listPath, 'utf8')) as ListFile;
  if (list.subgraphs.some((entry) => entry.name === name)) throw new Error(`the subgraph list already names ${name}`);
  const folder = join(root, 'services', name);
  if (existsSync(folder)) throw new Error(`services/${name} already exists`);

  const port = Math.max(...list.subgraphs.map((entry) => entry.port)) + 1;
  const names = namesFor(name, port, options.type);
  await writeTemplate(folder, await renderTemplate(names));
  list.subgraphs.push({ name, port, database: `pamir_${name}`, schema: `services/${name}/schema.graphql` });
  await writeFile(listPath, formatList(list));
  log(`wrote services/${name}/ (record type ${names.Type}) and added it to services/subgraphs.json on port ${port}`);

  if (options.run !== false) {
    for (const step of stepsFor(names)) {
      log(`${step.what}: ${step.command} ${step.args.join(' ')}`);
      await promisify(execFile)(step.command, step.args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    }
  }
  return names;
}

/** The list as it is kept: one line a subgraph, so a new one is a one-line change in review. */
function formatList(list: ListFile): string {
  const entries = list.subgraphs.map(
    (entry) => `    { ${Object.entries(entry).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')} }`,
  );
  const comment = list.$comment === undefined ? '' : `  "$comment": ${JSON.stringify(list.$comment)},\n`;
  return `{\n${comment}  "subgraphs": [\n${entries.join(',\n')}\n  ]\n}\n`;
}
