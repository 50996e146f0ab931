import { parseArgs } from 'node:util';
import { createClient, GraphErrors, HttpError } from './client.js';
import { eventsReport, formatReport } from './report.js';

const usage = 'usage: pamir-example-client [--gateway URL] [--country ISO3] [--page-size N]';

/**
 * The CLI: prints a country's security events by year. Returns the exit code and writes to the
 * given streams, so tests run it as it runs from the shell.
 */
export async function main(
  args: string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  let values: { gateway: string; country: string; 'page-size': string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        gateway: { type: 'string', default: process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql' },
        country: { type: 'string', default: 'TJK' },
        'page-size': { type: 'string', default: '50' },
      },
    }));
  } catch (error) {
    err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const pageSize = Number(values['page-size']);
  try {
    const report = await eventsReport(createClient({ gateway: values.gateway }), values.country, pageSize);
    out(formatReport(report));
    return 0;
  } catch (error) {
    if (error instanceof GraphErrors) {
      // A refused request: the code says what kind, `argument` which input to fix.
      const bad = error.find('BAD_USER_INPUT');
      err(bad ? `bad input${argumentOf(bad.extensions)}: ${bad.message}` : `the graph refused: ${error.message}`);
      return 1;
    }
    if (error instanceof HttpError) {
      err(`no answer from the gateway: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function argumentOf(extensions: Record<string, unknown> | undefined): string {
  const argument = extensions?.['argument'];
  return typeof argument === 'string' ? ` (${argument})` : '';
}
