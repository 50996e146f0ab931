#!/usr/bin/env node
// A subgraph's `db:generate`: drizzle-kit's migration from a change to src/db/schema.ts, under a
// name that says what changed (drizzle-kit alone picks a random one, unlike the committed
// 0002_acled.sql). Run in the subgraph's folder: pnpm --filter @pamir/<subgraph> db:generate --name <what_changed>
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.findIndex((arg) => arg === '--name' || arg.startsWith('--name='));
const name = at < 0 ? undefined : args[at].includes('=') ? args[at].slice('--name='.length) : args[at + 1];
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error(
    `db:generate needs --name <what_changed> in snake_case (such as project_capacity_note), ` +
      `got ${name === undefined ? 'none' : JSON.stringify(name)}: the migration is drizzle/NNNN_<name>.sql`,
  );
  process.exit(2);
}

// drizzle-kit loads src/db/schema.ts, which imports workspace packages by their source.
const result = spawnSync('drizzle-kit', ['generate', ...args], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=source'].filter(Boolean).join(' ') },
});
if (result.error) {
  console.error(`could not run drizzle-kit: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
