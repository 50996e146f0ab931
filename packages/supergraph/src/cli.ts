// `pnpm compose`: writes supergraph.graphql; with --check, fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from './compose.js';

try {
  const supergraph = composeSupergraph();
  if (process.argv.includes('--check')) {
    if (readFileSync(supergraphPath, 'utf8') !== supergraph) {
      console.error('supergraph.graphql is stale: run `pnpm compose` and commit the result');
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date');
  } else {
    writeFileSync(supergraphPath, supergraph);
    console.log(`wrote ${supergraphPath}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
