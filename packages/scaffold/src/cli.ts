#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newSubgraph } from './scaffold.js';

// pnpm new:subgraph <name> [--type <RecordType>]: a new subgraph, working at once.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { positionals, values } = parseArgs({ allowPositionals: true, options: { type: { type: 'string' } } });
const [name] = positionals;
if (!name || positionals.length > 1) {
  console.error('usage: pnpm new:subgraph <name> [--type <RecordType>]   e.g. pnpm new:subgraph water --type WaterPoint');
  process.exit(2);
}
try {
  const names = await newSubgraph(root, name, { type: values.type });
  console.log(`
services/${name} is ready. Next:
  pnpm --filter @pamir/${name} test     its own tests (PGlite; TEST_DATABASE_URL adds Postgres)
  pnpm start                        the whole graph, with ${name} on :${names.port}
  { ${names.types} { nodes { id title } } }   through the gateway at http://localhost:4000/graphql
Then make it yours: services/${name}/schema.graphql, src/records/${names.file}.ts, data/ (see README, "Adding a record type").`);
} catch (error) {
  console.error(`new:subgraph: ${(error as Error).message}`);
  process.exit(1);
}
