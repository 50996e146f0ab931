// `pnpm schema:check`: the schemas and saved operations against the last release (see
// schema-check.ts). `pnpm schema:release`: the same check, then records the current schemas as
// released and dates the changelog's Unreleased notes.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { releaseChangelog } from './changelog.js';
import { changelogPath, releasedDir, repositoryRoot } from './files.js';
import { currentSchemas, readRelease, sameSchemas, writeRelease } from './released.js';
import { savedOperations } from './saved-operations.js';
import { checkSchemas } from './schema-check.js';
import { formatSchemaCheck } from './schema-report.js';

const fromRoot = (path: string) => relative(repositoryRoot, path);

async function main(command: string | undefined): Promise<number> {
  if (command !== 'check' && command !== 'release') {
    console.error('usage: schema-cli.ts check | release');
    return 2;
  }
  const changelog = readFileSync(changelogPath, 'utf8');
  const current = currentSchemas();
  const released = readRelease();
  if (!released && command === 'check') {
    console.error(`no release recorded in ${fromRoot(releasedDir)}: run \`pnpm schema:release\``);
    return 1;
  }
  if (released) {
    const check = await checkSchemas({
      released,
      current,
      changelog,
      changelogFile: fromRoot(changelogPath),
      operations: savedOperations(),
    });
    console.log(formatSchemaCheck(check, fromRoot(changelogPath)));
    if (!check.passed) return 1;
    if (command === 'check') return 0;
    if (sameSchemas(released, current)) {
      console.log('Nothing to release: the schemas are as released.');
      return 0;
    }
  }
  writeRelease(current);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(changelogPath, releaseChangelog(changelog, date, fromRoot(changelogPath)));
  console.log(
    `Released: ${fromRoot(releasedDir)} holds the schemas as of now, and ${fromRoot(changelogPath)} has their notes under ${date}.`,
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
