import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../kit/stack.js';
import { launchBrowser, openPage, screenshot, waitLong, type TestPage } from './browser.js';

// The IDE at /graphiql: bundled GraphiQL (nothing from a CDN), the example queries, the docs and
// the query builder, answering from the gateway.
describe('the GraphiQL IDE', () => {
  let stack: TestStack;
  let browser: Browser;
  let tab: TestPage;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack('pglite'), launchBrowser()]);
    tab = await openPage(browser, { width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('runs an example query and shows the result, with no request leaving the machine', async () => {
    const { page } = tab;
    await page.goto(`${stack.urls.web}/graphiql`);
    const examples = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Open and run/ }) });
    await examples.waitFor();
    expect(await page.getByRole('button', { name: /^Open and run/ }).count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'ide-examples');

    await page.getByRole('button', { name: 'Open and run “Armed clashes in Tajikistan and who fought them”' }).click();
    // Monaco draws spaces as no-break spaces and wraps long lines: compare the words only.
    const responseText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(responseText, waitLong).toMatch(/"title": "Tajik forces kill three Ansarullah members/);
    expect(await responseText()).not.toMatch(/"errors"/);
    await page.getByRole('tab', { name: /BattlesInTajikistan/ }).waitFor();
    await screenshot(page, 'ide-result');

    expect(tab.external).toEqual([]);
    expect(tab.errors).toEqual([]);
  });

  it('has the documentation explorer and the query builder', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.getByText('Root Types').waitFor();
    expect(await docs.innerText()).toMatch(/query: Query/);
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-explorer-root').waitFor();
    expect(await page.locator('.graphiql-explorer-root').innerText()).toMatch(/securityEvents/);
    await screenshot(page, 'ide-explorer');
  });
});
