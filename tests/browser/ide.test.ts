import { describe, expect, it } from 'vitest';
import { browserSession, screenshot, waitLong } from './browser.js';

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
    // Monaco draws spaces as no-break spaces and wraps long lines: compare the words only.
    const responseText = async () =>
      (await session.page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(responseText, waitLong).toMatch(/"title": "Tajik forces kill three Ansarullah members/);
    expect(await responseText()).not.toMatch(/"errors"/);
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
});
