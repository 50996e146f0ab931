import { readFile } from 'node:fs/promises';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, openPage, screenshot, waitLong, type TestPage } from './browser.js';

interface GraphQLRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}
interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

/** The next operation the page sends the gateway (not the introspection the IDE starts with). */
function nextOperation(page: Page, gatewayUrl: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      response.url() === gatewayUrl &&
      response.request().method() === 'POST' &&
      !String((response.request().postDataJSON() as GraphQLRequest).query).includes('__schema'),
    waitLong,
  );
}

// Monaco draws spaces as no-break spaces and wraps long lines: compare the words only.
const responseText = async (page: Page) => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');

/** A fresh tab (its own storage: GraphiQL starts as on a first visit), checked and closed after. */
async function withFreshTab(session: ReturnType<typeof browserSession>, test: (tab: TestPage) => Promise<void>) {
  const tab = await openPage(session.browser, { width: 1440, height: 900 });
  try {
    await test(tab);
    expect(tab.external).toEqual([]);
    expect(tab.errors).toEqual([]);
  } finally {
    await tab.close();
  }
}

// The IDE at /graphiql: bundled GraphiQL (nothing from a CDN), the example queries, the docs and
// the query builder, answering from the gateway.
describe('the GraphiQL IDE', () => {
  const session = browserSession({ width: 1440, height: 900 });

  it('runs an example query and shows the result, with no request leaving the machine', async () => {
    await session.page.goto(`${session.graph.urls.web}/graphiql`);
    const examples = session.page
      .getByRole('list')
      .filter({ has: session.page.getByRole('button', { name: /^Open and run/ }) });
    await examples.waitFor();
    expect(await session.page.getByRole('button', { name: /^Open and run/ }).count()).toBeGreaterThanOrEqual(
      10,
    );
    await screenshot(session.page, 'ide-examples');

    await session.page
      .getByRole('button', { name: 'Open and run “Armed clashes in Tajikistan and who fought them”' })
      .click();
    await expect.poll(() => responseText(session.page), waitLong).toMatch(/"title": "Tajik forces kill three Ansarullah members/);
    expect(await responseText(session.page)).not.toMatch(/"errors"/);
    await session.page.getByRole('tab', { name: /BattlesInTajikistan/ }).waitFor();
    await screenshot(session.page, 'ide-result');

    expect(session.tab.external).toEqual([]);
    expect(session.tab.errors).toEqual([]);
  });

  it('has the documentation explorer and the query builder', async () => {
    await session.page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = session.page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.getByText('Root Types').waitFor();
    expect(await docs.innerText()).toMatch(/query: Query/);
    await session.page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await session.page.locator('.graphiql-explorer-root').waitFor();
    expect(await session.page.locator('.graphiql-explorer-root').innerText()).toMatch(/securityEvents/);
    await screenshot(session.page, 'ide-explorer');
  });

  // Each click opens the example in a new tab; the first example is also the tab a first visit
  // opens with, and each runs twice: an operation named as the open tab's must still be sent.
  it("runs every example's “Open and run”, twice in a row, from a first visit", { timeout: 300_000 }, async () => {
    await withFreshTab(session, async ({ page }) => {
      await page.goto(`${session.graph.urls.web}/graphiql`);
      const buttons = page.getByRole('button', { name: /^Open and run/ });
      await buttons.first().waitFor();
      await expect.poll(() => buttons.first().isEnabled(), waitLong).toBe(true);
      const count = await buttons.count();
      for (let index = 0; index < count; index++) {
        for (const attempt of [1, 2]) {
          const which = `${await buttons.nth(index).getAttribute('aria-label')}, run ${attempt}`;
          const sent = nextOperation(page, session.graph.urls.gateway).catch(() => {
            throw new Error(`${which}: nothing was sent`);
          });
          await buttons.nth(index).click();
          const response = await sent;
          const request = response.request().postDataJSON() as GraphQLRequest;
          const answer = (await response.json()) as GraphQLAnswer;
          expect(request.query, which).toMatch(new RegExp(`^query ${request.operationName}\\b`, 'm'));
          expect(answer.errors, which).toBeUndefined();
          expect(answer.data, which).toBeTruthy();
          await expect.poll(() => responseText(page), waitLong).toMatch(/^\{ "data": \{/);
          // The address is a link to what runs.
          const link = new URL(page.url()).searchParams;
          expect(link.get('operationName'), which).toBe(request.operationName);
          expect(link.get('query'), which).toBe(request.query);
        }
      }
    });
  });

  it('opens a shared link with its operation and variables, and runs the operation it names', async () => {
    const query = [
      'query AllCountries { countries(first: 2) { nodes { code } } }',
      'query OneCountry($code: ID!) { country(code: $code) { code name } }',
    ].join('\n');
    const variables = '{ "code": "KGZ" }';
    const search = new URLSearchParams({ query, variables, operationName: 'OneCountry' }).toString();
    await withFreshTab(session, async ({ page }) => {
      await page.goto(`${session.graph.urls.web}/graphiql?${search}`);
      // The tab is named after the operation the link names, not the document's first.
      await page.getByRole('tab', { name: /OneCountry/ }).waitFor(waitLong);
      // The variables are shown, not hidden away.
      await expect.poll(async () => (await page.locator('.graphiql-editor-tool').innerText()).replace(/\s+/g, ' '), waitLong).toContain('"code": "KGZ"');
      // With two operations, the run button asks which: the link's is the one its tab is named after.
      const sent = nextOperation(page, session.graph.urls.gateway);
      await page.getByRole('button', { name: /^Execute query/ }).click();
      await page.getByRole('menuitem', { name: 'OneCountry' }).click();
      const request = (await sent).request().postDataJSON() as GraphQLRequest;
      expect(request).toMatchObject({ query, operationName: 'OneCountry', variables: { code: 'KGZ' } });
      await expect.poll(() => responseText(page), waitLong).toMatch(/"name": "Kyrgyzstan"/);
      // The address still names the same operation: it can be passed on as it is.
      const link = new URL(page.url()).searchParams;
      expect([link.get('query'), link.get('variables'), link.get('operationName')]).toEqual([query, variables, 'OneCountry']);
    });
  });

  it('downloads a list result as CSV with one column per field, and the whole result as JSON', async () => {
    await withFreshTab(session, async ({ page }) => {
      await page.goto(`${session.graph.urls.web}/graphiql`);
      const sent = nextOperation(page, session.graph.urls.gateway);
      await page.getByRole('button', { name: 'Open and run “Armed clashes in Tajikistan and who fought them”' }).click();
      const answer = (await (await sent).json()) as { data: { securityEvents: { nodes: { date: string; title: string; fatalities: number }[] } } };
      const events = answer.data.securityEvents.nodes;
      expect(events.length).toBeGreaterThan(1);

      const csvButton = page.getByRole('button', { name: 'Download the result as CSV' });
      await expect.poll(() => csvButton.isEnabled(), waitLong).toBe(true);
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
      expect(csvDownload.suggestedFilename()).toBe('BattlesInTajikistan.csv');
      const csv = (await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe(
        [
          'date,title,subEventType,fatalities,place.name,place.admin1,place.location.latitude,place.location.longitude',
          'actors.role,actors.actorType,actors.organization.name,actors.organization.kind',
          'citations.quote,citations.source.publisher,citations.source.publishedOn',
        ].join(','),
      );
      // One line a row (quotes may hold line breaks, so count the rows by their dates).
      expect(csv.match(/\r\n\d{4}-\d{2}-\d{2},/g)).toHaveLength(events.length);
      const first = events[0]!;
      expect(lines[1]!.startsWith(`${first.date},`)).toBe(true);
      expect(lines[1]).toContain(first.title);

      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the result as JSON' }).click(),
      ]);
      expect(jsonDownload.suggestedFilename()).toBe('BattlesInTajikistan.json');
      expect(JSON.parse(await readFile(await jsonDownload.path(), 'utf8'))).toEqual(answer);
      await screenshot(page, 'ide-downloads');
    });
  });
});
