import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient, eventsPage, eventsReport, GraphErrors, HttpError, main, SecurityEventsPage } from '@pamir/example-client';
import { describe, expect, it } from 'vitest';
import { sharedGraph } from '../kit/shared.js';

// The front-end guide's example client (apps/example-client), run against the started graph as a
// developer runs it: its typed paging, its report, and each kind of failure it says it handles.
describe('the example client', () => {
  const stack = sharedGraph('pglite');
  const gateway = stack.address.urls.gateway;
  const client = createClient({ gateway });

  it('walks every page of a country’s events and counts them all', async () => {
    const { data } = await stack.query<{ securityEvents: { totalCount: number } }>(
      `{ securityEvents(filter: { countries: ["TJK"] }, first: 1) { totalCount } }`,
    );
    const total = data!.securityEvents.totalCount;
    const pageSize = 7;
    expect(total, 'the seed holds several pages of Tajikistan’s events').toBeGreaterThan(pageSize * 2);

    const report = await eventsReport(client, 'TJK', pageSize);
    expect(report.country).toEqual({ code: 'TJK', name: 'Tajikistan' });
    expect(report.missing).toEqual([]);
    expect(report.totalCount).toBe(total);
    expect(report.pages).toBe(Math.ceil(total / pageSize));
    expect(report.years.reduce((sum, year) => sum + year.events, 0)).toBe(total);
    expect(report.years.map((year) => year.year)).toEqual([...report.years.map((year) => year.year)].sort((a, b) => b - a));
  });

  it('types each page and gives out cursors that lead on without repeats', async () => {
    const first = await client(SecurityEventsPage, { country: 'TJK', first: 3, after: null });
    const page = first.data!.securityEvents!;
    expect(page.nodes).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await client(SecurityEventsPage, { country: 'TJK', first: 3, after: page.pageInfo.endCursor });
    const ids = [...page.nodes, ...second.data!.securityEvents!.nodes].map((event) => event.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('says which argument is wrong for a cursor the list never gave out', async () => {
    // The list refuses the cursor: its field comes back null, with the error at its path.
    const answer = await client(SecurityEventsPage, { country: 'TJK', first: 3, after: 'not-a-cursor' });
    expect(answer.data).toEqual({ securityEvents: null });
    expect(answer.errors[0]).toMatchObject({ path: ['securityEvents'], extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    const refused = await eventsPage(client, 'TJK', 3, 'not-a-cursor').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphErrors);
    expect((refused as GraphErrors).find('BAD_USER_INPUT')?.extensions).toMatchObject({ argument: 'after' });

    const lines: string[] = [];
    expect(await main(['--gateway', gateway, '--page-size', '101'], () => undefined, (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toMatch(/^bad input \(first\)/);
  });

  it('tells a gateway that is not there from a graph that refuses', async () => {
    const refused = await createClient({ gateway: gateway.replace(/\/graphql$/, '/no-such-path') })(SecurityEventsPage, {
      country: 'TJK',
      first: 1,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(404);
  });

  it('runs as its built CLI and prints the report', async () => {
    const cli = join(import.meta.dirname, '../../apps/example-client/dist/cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--gateway', gateway, '--page-size', '25']);
    expect(stdout).toMatch(/^Tajikistan: \d+ security events, walked in \d+ pages?\n {2}\d{4} /);
  });
});
