// `pnpm compose`: writes supergraph.graphql and schema.graphql; with --check, fails when a
// committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose.js';
import { apiSchemaPath, supergraphPath } from './files.js';

try {
  const composed = composeSupergraph();
  const outputs: [string, string][] = [
    [supergraphPath, composed.supergraph],
    [apiSchemaPath, composed.apiSchema],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text);
    if (stale.length) {
      console.error(`${stale.map(([file]) => file).join(', ')} stale: run \`pnpm compose\` and commit the result`);
      process.exit(1);
    }
    console.log('supergraph.graphql and schema.graphql are up to date');
  } else {
    for (const [file, text] of outputs) {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
