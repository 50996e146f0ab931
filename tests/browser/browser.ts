import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ProcessName } from '@pamir/stack';
import type { GraphClient } from '../kit/client.js';
import { sharedGraph } from '../kit/shared.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

// Debian's Chromium, driven headless by playwright-core (a downloaded browser build is not used).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface TestPage {
  page: Page;
  /** Requests the page tried to make to anywhere but this machine (all refused). */
  external: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page in a fresh context (its own storage) whose network reaches only localhost: anything else
 * is refused and recorded, so a test can show the client needs no internet at all.
 */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<TestPage> {
  const context = await browser.newContext({ viewport });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, external, errors, close: () => context.close() };
}

/** The graph and one Chromium tab, as a describe block's tests share them. */
export interface BrowserSession {
  /** The graph the tab talks to: `urls.web` to open, `query` to compare with. */
  graph: GraphClient & { urls: Record<ProcessName, string> };
  browser: Browser;
  tab: TestPage;
  page: Page;
}

/** A session on a graph of its own, whose processes a test may stop and start. */
export interface OwnBrowserSession extends BrowserSession {
  stack: TestStack;
}

/**
 * A Chromium tab on the shared graph (kit/shared.ts) for a describe block's tests, for the pages
 * that only read. The tab is checked on the way out: it asked nothing of the internet and threw
 * nothing. Read the fields inside tests and hooks: they are filled in when the block starts.
 */
export function browserSession(viewport?: { width: number; height: number }): BrowserSession {
  const session = {} as BrowserSession;
  const graph = sharedGraph('pglite');
  session.graph = { ...graph, urls: graph.address.urls };
  withTab(session, viewport);
  return session;
}

/**
 * The same on a graph of its own, started before the block and stopped after it, for tests that
 * write or stop processes. `env` adds settings for the graph's processes.
 */
export function ownBrowserSession(viewport?: { width: number; height: number }, env?: Record<string, string>): OwnBrowserSession {
  const session = {} as OwnBrowserSession;
  beforeAll(async () => {
    session.stack = await startTestStack('pglite', { env });
    session.graph = session.stack;
  });
  afterAll(async () => {
    await session.stack?.stop();
  });
  withTab(session, viewport);
  return session;
}

function withTab(session: BrowserSession, viewport?: { width: number; height: number }): void {
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.tab = await openPage(session.browser, viewport);
    session.page = session.tab.page;
  });
  afterAll(async () => {
    try {
      expect(session.tab?.external).toEqual([]);
      expect(session.tab?.errors).toEqual([]);
    } finally {
      await session.browser?.close();
    }
  });
}

/** A full-page screenshot kept as a test artefact in tests/browser/screenshots/ (not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** True when nothing on the page is wider than the window (tables scroll inside their own box). */
export function fitsTheWindow(page: Page): Promise<boolean> {
  // A string, not a function: this package is type-checked without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
}

/** For expect.poll: what the reader waits for, allowing for the map's and the IDE's bundles to load. */
export const waitLong = { timeout: 20_000, interval: 100 };
