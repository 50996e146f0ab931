import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../kit/stack.js';
import { launchBrowser, openPage, screenshot, waitLong, type TestPage } from './browser.js';

// A subgraph that is down: the pages show what did load and say plainly what did not.
describe('the web client with the energy subgraph down', () => {
  let stack: TestStack;
  let browser: Browser;
  let tab: TestPage;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack('pglite'), launchBrowser()]);
    tab = await openPage(browser);
    await stack.stopProcess('energy');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an entity page keeps the other three subgraphs and names the missing one', async () => {
    const { page } = tab;
    await page.goto(`${stack.urls.web}/countries/TJK`);
    await page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    await page.getByText(/Part of this page did not load/).waitFor();
    await page.locator('section.subgraph-energy').getByText(/Not loaded: energy projects and targets/).waitFor();
    expect(await page.locator('section.subgraph-security li').count()).toBeGreaterThan(0);
    expect(await page.locator('section.subgraph-diplomacy li').count()).toBeGreaterThan(0);
    await screenshot(page, 'partial-country');
  });

  it('the overview counts what it can and marks energy as not loaded', async () => {
    const { page } = tab;
    await page.goto(`${stack.urls.web}/`);
    await page.getByRole('heading', { level: 1, name: 'Overview: Tajikistan' }).waitFor();
    await expect.poll(() => page.locator('.count-card', { hasText: 'Energy projects' }).locator('.count-value').innerText(), waitLong).toBe('not loaded');
    expect(Number(await page.locator('.count-card', { hasText: 'Security events' }).locator('.count-value').innerText())).toBeGreaterThan(0);
    expect(await page.locator('.timeline-item.domain-security').count()).toBeGreaterThan(0);
    await screenshot(page, 'partial-overview');
  });

  it('the energy view says it could not load, and why', async () => {
    const { page } = tab;
    await page.goto(`${stack.urls.web}/energy`);
    await page.getByRole('alert').filter({ hasText: 'Could not load energy projects' }).waitFor();
    await screenshot(page, 'partial-energy');
    expect(tab.external).toEqual([]);
  });
});
