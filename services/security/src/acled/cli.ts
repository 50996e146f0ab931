#!/usr/bin/env node
// The ACLED import and export, run against a running graph through its gateway as the caller
// whose token PAMIR_TOKEN holds: the same mutation and query the graph offers every admin.
//   pnpm --filter @pamir/security import:acled FILE.csv [--dry-run]
//   pnpm --filter @pamir/security export:acled [FILE.csv] [--country TJK] [--from 2023-01-01] [--to 2023-12-31]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const usage = `usage:
  pnpm --filter @pamir/security import:acled FILE.csv [--dry-run]
  pnpm --filter @pamir/security export:acled [FILE.csv] [--country TJK]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--include-archived]
environment:
  PAMIR_TOKEN        a token with the admin scope: export PAMIR_TOKEN=$(pnpm -s run token --scope admin --sub "$USER")
  PAMIR_GATEWAY_URL  the graph's endpoint (default http://localhost:4000/graphql)`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Relative paths mean the folder the command was typed in, not this package's (pnpm runs scripts here). */
function fromCaller(file: string): string {
  return path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
}

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const token = process.env['PAMIR_TOKEN'];
  if (!token) throw new Error(`PAMIR_TOKEN is not set\n${usage}`);
  const url = process.env['PAMIR_GATEWAY_URL'] ?? 'http://localhost:4000/graphql';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).catch((error: unknown) => {
    throw new Error(
      `the graph at ${url} could not be reached (${(error as Error).message}); is it running (pnpm start)?`,
    );
  });
  if (response.status === 413) throw new Error('the file is larger than the graph accepts in one request');
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length) {
    throw new Error(
      body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('\n'),
    );
  }
  if (!body.data) throw new Error(`the graph answered HTTP ${response.status} without data`);
  return body.data;
}

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

async function importFile(file: string, dryRun: boolean): Promise<number> {
  const csv = await readFile(fromCaller(file), 'utf8');
  const { importAcled: report } = await ask<{ importAcled: Report }>(
    `mutation ImportAcled($csv: String!, $dryRun: Boolean) {
      importAcled(csv: $csv, dryRun: $dryRun) {
        dryRun rowsRead created updated unchanged
        changes { line eventIdCnty eventId action changedFields }
        rejected { line eventIdCnty column reason }
        referenceRecords { type id name }
      }
    }`,
    { csv, dryRun },
  );
  const would = report.dryRun ? 'would be ' : '';
  console.log(`${report.dryRun ? 'dry run: nothing changed. ' : ''}${report.rowsRead} rows read`);
  console.log(
    `  ${report.created} events ${would}created, ${report.updated} ${would}updated, ${report.unchanged} unchanged, ${report.rejected.length} rejections`,
  );
  for (const change of report.changes) {
    const fields = change.changedFields.length ? `: ${change.changedFields.join(', ')}` : '';
    console.log(`  line ${change.line} ${change.eventIdCnty} → ${change.eventId} ${change.action}${fields}`);
  }
  for (const record of report.referenceRecords) {
    console.log(
      `  ${report.dryRun ? 'would make' : 'made'} in reference: ${record.type} ${record.id} (${record.name})`,
    );
  }
  for (const rejection of report.rejected) {
    const where = [rejection.eventIdCnty, rejection.column].filter(Boolean).join(' ');
    console.log(`  rejected: line ${rejection.line}${where ? ` ${where}` : ''}: ${rejection.reason}`);
  }
  // Rows turned down are part of a finished import's report, not a failure of the command.
  return 0;
}

async function exportFile(file: string | undefined, filter: Record<string, unknown>): Promise<number> {
  const { acledExport } = await ask<{ acledExport: string }>(
    'query ExportAcled($filter: SecurityEventFilter) { acledExport(filter: $filter) }',
    { filter },
  );
  if (file) {
    await writeFile(fromCaller(file), acledExport);
    console.error(`wrote ${acledExport.trimEnd().split('\n').length - 1} events to ${file}`);
  } else {
    process.stdout.write(acledExport);
  }
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      country: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'include-archived': { type: 'boolean', default: false },
    },
  });
  const [command, file] = positionals;
  if (command === 'import' && file) return importFile(file, values['dry-run']);
  if (command === 'export') {
    const filter = {
      countries: values.country,
      from: values.from,
      to: values.to,
      includeArchived: values['include-archived'],
    };
    return exportFile(file, filter);
  }
  console.error(usage);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
