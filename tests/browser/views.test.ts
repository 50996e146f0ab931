import { describe, expect, it } from 'vitest';
import { browserSession, fitsTheWindow, openPage, screenshot, waitLong } from './browser.js';

// The web client in real Chromium against the real graph: each view loads real data, filters
// change the rows, a map marker opens its record, and an entity page shows all four subgraphs.
describe('the web client', () => {
  const session = browserSession();

  const visit = async (path: string) => {
    await session.page.goto(`${session.graph.urls.web}${path}`);
  };
  const rows = (tableName: RegExp) =>
    session.page.getByRole('table', { name: tableName }).locator('tbody tr');

  it('overview: counts per domain and one timeline, filtered by domain and date', async () => {
    await visit('/');
    await session.page.getByRole('heading', { level: 1, name: 'Overview: Tajikistan' }).waitFor();
    const eventsCard = session.page
      .locator('.count-card', { hasText: 'Security events' })
      .locator('.count-value');
    await expect.poll(() => eventsCard.innerText(), waitLong).toMatch(/^\d+$/);
    const allEvents = Number(await eventsCard.innerText());
    expect(allEvents).toBeGreaterThan(0);
    expect(
      Number(
        await session.page
          .locator('.count-card', { hasText: 'Energy projects' })
          .locator('.count-value')
          .innerText(),
      ),
    ).toBeGreaterThan(0);

    const items = session.page.locator('.timeline-item');
    const securityItems = session.page.locator('.timeline-item.domain-security');
    await expect.poll(() => securityItems.count(), waitLong).toBeGreaterThan(0);
    expect(await session.page.locator('.timeline-item.domain-diplomacy').count()).toBeGreaterThan(0);
    expect(await session.page.locator('.timeline-item.domain-energy').count()).toBeGreaterThan(0);
    await screenshot(session.page, 'overview-1280');

    const before = await items.count();
    await session.page.getByLabel('Security events', { exact: true }).uncheck();
    await expect.poll(() => securityItems.count(), waitLong).toBe(0);
    expect(await items.count()).toBeLessThan(before);
    await session.page.getByLabel('Security events', { exact: true }).check();

    await session.page.getByLabel('From').fill('2023-01-01');
    await expect.poll(async () => Number(await eventsCard.innerText()), waitLong).toBeLessThan(allEvents);
    expect(await session.page.locator('.timeline-year').allInnerTexts()).not.toContain('2021');
  });

  it('security: a table whose rows follow the filters, paged by cursor, with a chart', async () => {
    await visit('/security');
    const table = rows(/Security events matching the filters/);
    await expect.poll(() => table.count(), waitLong).toBe(10);
    await session.page.getByText(/^Showing 1–10 of \d+$/).waitFor();
    await session.page
      .locator('figcaption', { hasText: 'Security events per month, by event type' })
      .waitFor();
    await screenshot(session.page, 'security-1280');

    await session.page.getByRole('button', { name: 'Next page' }).click();
    await session.page.getByText(/^Showing 11–/).waitFor();
    await session.page.getByRole('button', { name: 'Previous page' }).click();
    await session.page.getByText(/^Showing 1–10 of/).waitFor();

    await session.page.getByLabel('Event type').selectOption({ label: 'Battles' });
    await expect.poll(() => table.count(), waitLong).toSatisfy((count: number) => count > 0 && count < 10);
    const types = await session.page
      .getByRole('table', { name: /Security events/ })
      .locator('tbody tr td:nth-child(3)')
      .allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^Battles/);

    await session.page.getByLabel('Event type').selectOption({ label: 'Any type' });
    await session.page.getByLabel('Actor').selectOption({ label: 'Jamaat Ansarullah' });
    await expect
      .poll(
        () =>
          session.page
            .getByRole('table', { name: /Security events/ })
            .locator('tbody tr td:nth-child(5)')
            .allInnerTexts(),
        waitLong,
      )
      .toSatisfy(
        (cells: string[]) => cells.length > 0 && cells.every((cell) => cell.includes('Jamaat Ansarullah')),
      );
  });

  it("security: a bad filter shows the server's own message next to the field", async () => {
    const expected = await session.graph.query(
      `{ securityEvents(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }`,
    );
    const message = expected.errors?.[0]?.message;
    expect(message).toBeTruthy();

    await visit('/security?from=2024-01-01&to=2023-01-01');
    const from = session.page.getByLabel('From');
    await expect.poll(() => from.getAttribute('aria-invalid'), waitLong).toBe('true');
    const describedBy = await from.getAttribute('aria-describedby');
    expect(await session.page.locator(`[id="${describedBy}"]`).innerText()).toBe(message);
    await screenshot(session.page, 'security-bad-filter-1280');
  });

  it('diplomacy: agreements with parties, signatories and status; engagements filtered by organisation', async () => {
    await visit('/diplomacy');
    const agreements = rows(/Agreements with their parties/);
    const engagements = rows(/Visits, meetings/);
    await expect.poll(() => agreements.count(), waitLong).toBeGreaterThan(0);
    await expect.poll(() => engagements.count(), waitLong).toBeGreaterThan(0);
    await session.page
      .getByRole('rowheader', { name: 'Iran–Tajikistan agreements signed in Tehran' })
      .waitFor();
    const iranRow = session.page.getByRole('row', { name: /Iran–Tajikistan agreements signed in Tehran/ });
    expect(await iranRow.innerText()).toMatch(/Emomali Rahmon/);
    expect(await iranRow.innerText()).toMatch(/Signed/);
    await screenshot(session.page, 'diplomacy-1280');

    const allEngagements = await session.page
      .getByRole('heading', { name: /^Engagements \(\d+\)$/ })
      .innerText();
    await session.page.getByLabel('Organisation').selectOption({ label: 'Taliban' });
    await expect
      .poll(() => session.page.getByRole('heading', { name: /^Engagements \(\d+\)$/ }).innerText(), waitLong)
      .not.toBe(allEngagements);
    for (const participants of await engagements.locator('td:nth-child(5)').allInnerTexts())
      expect(participants).toMatch(/Taliban/);
  });

  it('energy: capacity, status, technologies, shares and stakeholders; a chart; targets against projects', async () => {
    await visit('/energy');
    const casa = session.page.getByRole('row', { name: /CASA-1000/ });
    await casa.waitFor();
    const text = await casa.innerText();
    expect(text).toMatch(/1,300 MW/);
    expect(text).toMatch(/Pakistan\s+offtaker, 1,000 MW/);
    expect(text).toMatch(/World Bank/);
    await session.page.locator('figcaption', { hasText: 'Capacity by technology and status (MW)' }).waitFor();
    await session.page
      .getByRole('heading', { name: /Tajikistan: 700 MW of Solar PV and Wind by 2030/ })
      .waitFor();
    await screenshot(session.page, 'energy-1280');

    await session.page.getByLabel('Status').selectOption({ label: 'Operating' });
    await expect
      .poll(
        () =>
          rows(/Energy projects with capacity/)
            .locator('td:nth-child(3)')
            .allInnerTexts(),
        waitLong,
      )
      .toSatisfy((cells: string[]) => cells.length > 0 && cells.every((cell) => cell === 'Operating'));
  });

  it('map: offline borders, markers by kind, and a click opens the record', async () => {
    await visit('/map');
    const markers = session.page.locator('svg.map [data-marker]');
    await expect.poll(() => markers.count(), waitLong).toBeGreaterThan(5);
    expect(await session.page.locator('svg.map path.map-country.focus').count()).toBe(1);
    expect(await session.page.locator('svg.map .marker-facility').count()).toBeGreaterThan(0);
    expect(await session.page.locator('svg.map .marker-project').count()).toBeGreaterThan(0);

    const title = 'Tajik forces kill three Ansarullah members who crossed into Darvaz';
    await session.page.getByRole('button', { name: new RegExp(`^Event: ${title}`) }).click();
    const detail = session.page.getByRole('complementary', { name: 'Selected record' });
    await detail.getByRole('heading', { level: 2, name: title }).waitFor();
    await detail.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await detail.innerText()).toMatch(/Amu TV/);
    await screenshot(session.page, 'map-1280');

    // The same with the keyboard: a marker takes focus and opens with Enter.
    const facility = session.page.getByRole('button', { name: /^Facility: Shaymak military base/ });
    await facility.focus();
    await session.page.keyboard.press('Enter');
    await detail.getByRole('heading', { level: 2, name: 'Shaymak military base' }).waitFor();
  });

  it('entity page: one request, data from all four subgraphs', async () => {
    await visit('/countries/TJK');
    await session.page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    for (const part of ['reference', 'security', 'diplomacy', 'energy']) {
      const section = session.page.locator(`section.subgraph-${part}`);
      await section.getByText(`from the ${part} subgraph`).waitFor();
      expect(await section.locator('li').count(), part).toBeGreaterThan(0);
    }
    expect(await session.page.locator('section.subgraph-security').innerText()).toMatch(
      /Shaymak military base/,
    );
    expect(await session.page.locator('section.subgraph-diplomacy').innerText()).toMatch(
      /Iran–Tajikistan agreements signed in Tehran/,
    );
    expect(await session.page.locator('section.subgraph-energy').innerText()).toMatch(/CASA-1000/);
    await screenshot(session.page, 'country-1280');

    // China's page lists what it is involved in, not only what happened on its soil: the events its
    // forces acted in, each saying how, and a link that asks the IDE for everything, by date.
    await visit('/countries/CHN');
    await session.page.getByRole('heading', { level: 1, name: 'China' }).waitFor();
    const security = session.page.locator('section.subgraph-security');
    expect(await security.innerText()).toMatch(/First Tajik–Chinese joint counter-terrorism exercise/);
    expect(await security.getByLabel('How China takes part').first().innerText()).toBe('Actor 1 through Armed Forces of China');
    const ide = new URL(await session.page.getByRole('link', { name: 'Everything involving China, by date, in the IDE' }).getAttribute('href') ?? '', 'http://web');
    expect(ide.pathname).toBe('/graphiql');
    expect(JSON.parse(ide.searchParams.get('variables') ?? '{}')).toEqual({ who: { country: 'CHN' } });
    expect(ide.searchParams.get('query')).toMatch(/query EverythingInvolving/);
    await screenshot(session.page, 'country-china-1280');

    for (const [path, name] of [
      ['/organizations/masdar', /Masdar/],
      ['/places/dushanbe', 'Dushanbe'],
      ['/people/emomali-rahmon', 'Emomali Rahmon'],
    ] as const) {
      await visit(path);
      await session.page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await session.page.locator('section.subgraph-section').count()).toBe(4);
      await screenshot(session.page, `entity-${path.split('/')[1]}-1280`);
    }
    expect(await session.page.locator('section.subgraph-diplomacy li').count()).toBeGreaterThan(0);
  });

  it('records show their sources with quotes', async () => {
    await visit('/projects/casa-1000');
    await session.page.getByRole('heading', { level: 1, name: 'CASA-1000' }).waitFor();
    const sources = session.page.getByRole('region', { name: 'Sources' }).last();
    expect(await sources.innerText()).toMatch(/“.+”/);
    expect(await sources.innerText()).toMatch(/The Caspian Post/);
    await screenshot(session.page, 'record-project-1280');
  });

  it('keyboard: the skip link comes first and lands on the content', async () => {
    await visit('/security');
    await session.page.getByRole('heading', { level: 1, name: 'Security events' }).waitFor();
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');
    await session.page.keyboard.press('Enter');
    expect(await session.page.evaluate<string>('document.activeElement.id')).toBe('main');
  });

  it('every view reads at 390 px wide without the page scrolling sideways', async () => {
    const narrow = await openPage(session.browser, { width: 390, height: 844 });
    try {
      for (const [path, name] of [
        ['/', 'overview'],
        ['/security', 'security'],
        ['/diplomacy', 'diplomacy'],
        ['/energy', 'energy'],
        ['/map', 'map'],
        ['/countries/TJK', 'country'],
      ] as const) {
        await narrow.page.goto(`${session.graph.urls.web}${path}`);
        await narrow.page.getByRole('heading', { level: 1 }).waitFor();
        await narrow.page.waitForLoadState('networkidle');
        expect(await fitsTheWindow(narrow.page), path).toBe(true);
        await screenshot(narrow.page, `${name}-390`);
      }
      expect(narrow.external).toEqual([]);
    } finally {
      await narrow.close();
    }
  });
});
