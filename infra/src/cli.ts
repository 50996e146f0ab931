// pnpm infra:generate: writes every Dockerfile, infra/compose.yaml and infra/k8s from the list of
// subgraphs. With --check, writes nothing and fails if any of them is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './deployables.js';
import { generatedFiles, staleFiles } from './files.js';

if (process.argv.includes('--check')) {
  const stale = staleFiles();
  if (stale.length > 0) {
    console.error(`out of date (run pnpm infra:generate):\n${stale.map((file) => `  ${file}`).join('\n')}`);
    process.exit(1);
  }
  console.log('infra files are up to date');
} else {
  for (const file of generatedFiles()) {
    const target = path.join(repositoryRoot, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  console.log(`wrote ${generatedFiles().length} files`);
}
