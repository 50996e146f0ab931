import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, type Names } from './names.js';

/** The template a new subgraph is made from: a working subgraph with `__Name__` placeholders. */
export const templateFolder = fileURLToPath(new URL('../template/', import.meta.url));

/** The template's files, each with its path and text as they will be written for these names. */
export async function renderTemplate(names: Names): Promise<{ path: string; text: string }[]> {
  const files = await readdir(templateFolder, { recursive: true, withFileTypes: true });
  return Promise.all(
    files
      .filter((file) => file.isFile() && file.name.endsWith('.tmpl'))
      .map(async (file) => {
        const from = join(file.parentPath, file.name);
        const path = fill(relative(templateFolder, from).replace(/\.tmpl$/, ''), names);
        return { path, text: fill(await readFile(from, 'utf8'), names) };
      }),
  );
}

/** Writes the rendered files under `folder` (which must not exist yet). */
export async function writeTemplate(folder: string, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const file of files) {
    const target = join(folder, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text, { flag: 'wx' });
  }
}
