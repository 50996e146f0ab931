import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ownBrowserSession, fitsTheWindow, openPage, screenshot, waitLong } from './browser.js';

// The write forms in real Chromium against the real graph: sign in with a minted token, send a new
// security event the security subgraph refuses and see each of its messages next to its field, fix
// it and send it again, then change an energy project's status: refused without the scope, refused
// when someone changed the project first, accepted with the scope.

const eventId = '2024-06-01-darvaz-browser-test';
const title = 'A border clash in Darvaz, recorded in the browser';

describe('the web client’s sign-in and write forms', () => {
  const session = ownBrowserSession();

  const visit = (path: string) => session.page.goto(`${session.stack.urls.web}${path}`);
  const gatewayRequest = (p: Page) =>
    p.waitForRequest(
      (request: Request) => request.url() === session.stack.urls.gateway && request.method() === 'POST',
    );
  /** The text of what a control's aria-describedby names, and its aria-invalid. */
  const described = async (p: Page, control: ReturnType<Page['getByLabel']>) => {
    const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => p.locator(`[id="${id}"]`).innerText()));
    return { invalid: await control.getAttribute('aria-invalid'), text: texts.join('\n') };
  };
  /** Pastes a token on the sign-in page (it goes on to `next` by itself when there is one). */
  const signIn = async (p: Page, token: string) => {
    await p.getByLabel(/^Token \(JWT\)/).fill(token);
    await p.getByRole('button', { name: 'Sign in', exact: true }).click();
  };

  /** Everything the new-event form needs except what a test leaves out on purpose. */
  async function fillEvent(p: Page) {
    await p.getByLabel(/^Title/).fill(title);
    await p.getByLabel(/^Summary/).fill('Written by the browser test through the new-event form.');
    await p.getByLabel(/^Id/).fill(eventId);
    await p.getByLabel(/^Date \(required\)/).fill('2024-06-02');
    await p.getByLabel(/^Disorder type/).selectOption({ label: 'Political violence' });
    await p.getByLabel(/^Event type/).selectOption({ label: 'Battles' });
    await p.getByLabel(/^Sub-event type/).selectOption({ label: 'Armed clash' });
    await expect
      .poll(
        () =>
          p
            .getByLabel(/^Place/)
            .locator('option')
            .count(),
        waitLong,
      )
      .toBeGreaterThan(1);
    await p.getByLabel(/^Place/).selectOption({ label: 'Darvaz District (Gorno-Badakhshan)' });
    await p.getByLabel(/^Organisation/).selectOption({ label: 'Jamaat Ansarullah' });
    await p.getByLabel(/^Role/).selectOption({ label: 'Actor 1' });
    await p.getByLabel(/^Actor type/).selectOption({ label: 'Rebel group' });
    await p.getByLabel(/^Tags/).fill('border, test');
  }

  it('a form link leads to sign-in; a pasted token signs in, shows who, and goes with every request', async () => {
    await visit('/security');
    await session.page.getByRole('heading', { level: 1, name: 'Security events' }).waitFor();
    await session.page.getByRole('link', { name: /^New event/ }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(session.page.url()).toBe(
      `${session.stack.urls.web}/sign-in?next=${encodeURIComponent('/security/new')}`,
    );
    expect(await session.page.locator('main').innerText()).toContain(
      'pnpm -s run token --scope write:security --sub alice',
    );

    // Not a token: said next to the field, nothing kept.
    await signIn(session.page, 'pnpm -s run token --scope write:security --sub alice');
    expect((await described(session.page, session.page.getByLabel(/^Token \(JWT\)/))).text).toMatch(
      /This is not a token/,
    );

    const token = await session.stack.token(['write:security'], 'alice');
    const firstRequest = gatewayRequest(session.page);
    await signIn(session.page, token);
    await session.page.getByRole('heading', { level: 1, name: 'New security event' }).waitFor();
    expect((await firstRequest).headers()['authorization']).toBe(`Bearer ${token}`);
    expect(await session.page.locator('.site-header').innerText()).toMatch(
      /Signed in as alice \(write:security\)/,
    );
    expect(await session.page.evaluate<string | null>("sessionStorage.getItem('pamir.token')")).toBe(token);
  });

  it("an invalid event: every one of the server's messages next to its field, nothing saved", async () => {
    await fillEvent(session.page);
    await session.page.getByLabel(/^End date/).fill('2024-06-01'); // before the start
    await session.page.getByLabel(/^Fatalities/).fill('-3');
    await session.page.getByRole('button', { name: 'Remove source 1' }).click(); // no citation at all
    await session.page.getByRole('button', { name: 'Record the event' }).click();

    const summary = session.page.getByRole('region', { name: /Not saved: the server found 3 problems/ });
    await summary.waitFor(waitLong);
    // The messages are the server's own: the same input sent straight to the gateway gets them.
    const direct = await session.stack.query(
      `mutation ($input: SecurityEventInput!) { createSecurityEvent(input: $input) { id } }`,
      {
        input: {
          id: eventId,
          title,
          summary: 'x',
          date: '2024-06-02',
          dateEnd: '2024-06-01',
          datePrecision: 'DAY',
          disorderType: 'POLITICAL_VIOLENCE',
          eventType: 'BATTLES',
          subEventType: 'ARMED_CLASH',
          country: 'TJK',
          place: 'darvaz-district',
          actors: [],
          fatalities: -3,
          civilianTargeting: false,
          citations: [],
        },
      },
      { token: await session.stack.token(['write:security']) },
    );
    const fields = direct.errors?.[0]?.extensions?.['fields'] as { path: string; message: string }[];
    const message = (path: string) => fields.find((field) => field.path === path)?.message;
    expect(message('input.dateEnd')).toBeTruthy();

    expect(await described(session.page, session.page.getByLabel(/^End date/))).toEqual({
      invalid: 'true',
      text: `For events that span days.\n${message('input.dateEnd')}`,
    });
    const fatalities = await described(session.page, session.page.getByLabel(/^Fatalities/));
    expect(fatalities.invalid).toBe('true');
    expect(fatalities.text).toContain(message('input.fatalities'));
    const sources = session.page.getByRole('group', { name: /^Sources/ });
    expect(await sources.locator('.field-error').innerText()).toBe(message('input.citations'));
    // Fields the server had nothing against are not marked.
    expect(await session.page.getByLabel(/^Title/).getAttribute('aria-invalid')).toBeNull();
    // The summary takes focus and links each problem to its field.
    await expect
      .poll(() => session.page.evaluate<string>('document.activeElement.className'), waitLong)
      .toContain('form-errors');
    await summary.getByRole('link', { name: 'End date' }).click();
    await expect
      .poll(() => session.page.evaluate<string>('document.activeElement.id'), waitLong)
      .toBe('new-event-input-dateEnd');
    await screenshot(session.page, 'forms-new-event-invalid-1280');

    expect((await session.stack.query(`{ securityEvent(id: "${eventId}") { id } }`)).data).toEqual({
      securityEvent: null,
    });
  });

  it('fixed and sent: the new event opens, and the gateway serves it', async () => {
    await session.page.getByLabel(/^End date/).fill('');
    await session.page.getByLabel(/^Fatalities/).fill('2');
    await session.page.getByRole('button', { name: 'Add a source' }).click();
    const amuTv = await session.page
      .getByLabel(/^Document/)
      .locator('option', { hasText: /^Amu TV, / })
      .first()
      .getAttribute('value');
    expect(amuTv).toBeTruthy();
    await session.page.getByLabel(/^Document/).selectOption(amuTv ?? '');
    await session.page.getByLabel(/^Quote/).fill('Tajik forces');
    await session.page.getByRole('button', { name: 'Record the event' }).click();

    await session.page.getByRole('heading', { level: 1, name: title }).waitFor(waitLong);
    expect(session.page.url()).toBe(`${session.stack.urls.web}/events/${eventId}`);
    expect(await session.page.locator('main').innerText()).toMatch(/Jamaat Ansarullah/);
    await screenshot(session.page, 'forms-new-event-saved-1280');

    const stored = await session.stack.query<{ securityEvent: Record<string, unknown> }>(
      `{ securityEvent(id: "${eventId}") { title version fatalities tags place { id } actors { role organization { id } } citations { quote source { publisher } } revisions { operation changedBy } } }`,
    );
    expect(stored.data?.securityEvent).toMatchObject({
      title,
      version: 1,
      fatalities: 2,
      tags: ['border', 'test'],
      place: { id: 'darvaz-district' },
      actors: [{ role: 'ACTOR1', organization: { id: 'jamaat-ansarullah' } }],
      citations: [{ quote: 'Tajik forces', source: { publisher: 'Amu TV' } }],
      revisions: [{ operation: 'CREATE', changedBy: 'alice' }],
    });

    // The list shows it too (the client does not keep the list it had before the write).
    await session.page.getByRole('link', { name: 'Security', exact: true }).click();
    await session.page.getByRole('rowheader', { name: title }).waitFor(waitLong);
  });

  it('project status: FORBIDDEN without the scope, CONFLICT when someone changed it first, saved with the scope', async () => {
    const version = async () =>
      (
        await session.stack.query<{ energyProject: { version: number; status: string } }>(
          `{ energyProject(id: "casa-1000") { version status } }`,
        )
      ).data!.energyProject;
    const before = await version();

    await visit('/projects/casa-1000');
    await session.page.getByRole('heading', { level: 1, name: 'CASA-1000' }).waitFor();
    await session.page.getByRole('link', { name: 'Change status' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Change the status of CASA-1000' }).waitFor();
    const now = session.page.getByRole('region', { name: 'Now' });
    await expect.poll(() => now.innerText(), waitLong).toMatch(new RegExp(`Version\\s+${before.version}`));

    // alice holds write:security only.
    await session.page.getByLabel(/^New status/).selectOption({ label: 'Operating' });
    await session.page.getByRole('button', { name: 'Change status' }).click();
    const forbidden = session.page.getByRole('region', { name: 'Not saved: your token does not allow this' });
    await forbidden.waitFor(waitLong);
    expect(await forbidden.innerText()).toMatch(/this operation needs the scope write:energy/);
    expect(await forbidden.innerText()).toMatch(/signed in as alice with the scopes write:security/);
    await screenshot(session.page, 'forms-status-forbidden-1280');
    expect(await version()).toEqual(before);

    // Sign in as someone from the energy team, and come back to the form.
    await forbidden.getByRole('link', { name: /Sign in with a token that has the scope/ }).click();
    await signIn(session.page, await session.stack.token(['write:energy'], 'bob'));
    await session.page.getByRole('heading', { level: 1, name: 'Change the status of CASA-1000' }).waitFor();

    // Someone else writes first: the form's version is stale.
    const other = await session.stack.query(
      `mutation ($v: Int!) { updateEnergyProject(id: "casa-1000", version: $v, patch: { status: CONSTRUCTION }) { version } }`,
      { v: before.version },
      { token: await session.stack.token(['write:energy'], 'carol') },
    );
    expect(other.errors).toBeUndefined();
    await session.page.getByLabel(/^New status/).selectOption({ label: 'Operating' });
    await session.page.getByRole('button', { name: 'Change status' }).click();
    const conflict = session.page.getByRole('region', { name: /Not saved: someone else changed this/ });
    await conflict.waitFor(waitLong);
    expect(await conflict.innerText()).toMatch(
      new RegExp(`the project is now at version ${before.version + 1}`),
    );
    await screenshot(session.page, 'forms-status-conflict-1280');
    await conflict.getByRole('button', { name: 'Reload the current status' }).click();
    await expect
      .poll(() => now.innerText(), waitLong)
      .toMatch(new RegExp(`Version\\s+${before.version + 1}`));
    expect(await now.innerText()).toMatch(/update by carol/);
    expect(await conflict.count()).toBe(0);

    await session.page.getByLabel(/^New status/).selectOption({ label: 'Operating' });
    await session.page.getByRole('button', { name: 'Change status' }).click();
    await session.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(waitLong);
    expect(await session.page.getByRole('status').filter({ hasText: 'Saved.' }).innerText()).toMatch(
      `The status is now Operating, at version ${before.version + 2}.`,
    );
    expect(await now.innerText()).toMatch(
      new RegExp(`Status\\s+Operating[\\s\\S]*Version\\s+${before.version + 2}[\\s\\S]*update by bob`),
    );
    await screenshot(session.page, 'forms-status-saved-1280');
    expect(await version()).toEqual({ version: before.version + 2, status: 'OPERATING' });

    // The project's page shows the new status.
    await session.page.getByRole('link', { name: 'Back to the project' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'CASA-1000' }).waitFor();
    expect(await session.page.locator('.facts').first().innerText()).toMatch(/Status\s+Operating/);
  });

  it('an expired token: UNAUTHENTICATED is said plainly, with an offer to sign in again', async () => {
    await visit(`/sign-in?next=${encodeURIComponent('/projects/casa-1000/status')}`);
    await session.page.getByRole('heading', { level: 1, name: 'Your sign-in' }).waitFor();
    await session.page.getByRole('button', { name: 'Sign out' }).first().click();
    expect(await session.page.evaluate<string | null>("sessionStorage.getItem('pamir.token')")).toBeNull();
    await signIn(session.page, await session.stack.token(['write:energy'], 'late', '-1m'));
    await session.page.getByRole('heading', { level: 1, name: 'Change the status of CASA-1000' }).waitFor();
    await session.page.getByLabel(/^New status/).selectOption({ label: 'Shelved' });
    await session.page.getByRole('button', { name: 'Change status' }).click();
    const refused = session.page.getByRole('region', {
      name: 'Not saved: the server did not accept your sign-in',
    });
    await refused.waitFor(waitLong);
    expect(await refused.innerText()).toMatch(/the bearer token was refused: it has expired/);
    await screenshot(session.page, 'forms-status-expired-1280');
    await refused.getByRole('link', { name: 'Sign in again with a new token' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Your sign-in' }).waitFor();
    expect(await session.page.locator('main').innerText()).toMatch(/The server refused your token/);
    expect(await session.page.locator('main').innerText()).toMatch(/expired: the server will refuse it/);

    // Signed out, the forms' links still show, and lead to the sign-in session.page.
    await session.page.getByRole('button', { name: 'Sign out' }).first().click();
    await session.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await session.page.locator('.site-header').innerText()).not.toMatch(/Signed in/);
    await visit('/projects/casa-1000');
    await session.page.getByRole('link', { name: /^Change status/ }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('at 390 px the new-event form and its messages fit the window', async () => {
    const narrow = await openPage(session.browser, { width: 390, height: 844 });
    try {
      const { page: small } = narrow;
      await small.goto(`${session.stack.urls.web}/sign-in?next=${encodeURIComponent('/security/new')}`);
      await signIn(small, await session.stack.token(['write:security'], 'alice'));
      await small.getByRole('heading', { level: 1, name: 'New security event' }).waitFor();
      await fillEvent(small);
      await small.getByLabel(/^Id/).fill('Not A Slug');
      await small.getByLabel(/^End date/).fill('2024-06-01');
      await small.getByRole('button', { name: 'Remove source 1' }).click();
      await small.getByRole('button', { name: 'Record the event' }).click();
      await small.getByRole('region', { name: /Not saved: the server found 3 problems/ }).waitFor(waitLong);
      expect((await described(small, small.getByLabel(/^Id/))).invalid).toBe('true');
      expect(await fitsTheWindow(small)).toBe(true);
      await screenshot(small, 'forms-new-event-invalid-390');
      await small.goto(`${session.stack.urls.web}/projects/casa-1000/status`);
      await small.getByRole('heading', { level: 1, name: 'Change the status of CASA-1000' }).waitFor();
      expect(await fitsTheWindow(small)).toBe(true);
      await screenshot(small, 'forms-status-390');
      expect(narrow.external).toEqual([]);
      expect(narrow.errors).toEqual([]);
    } finally {
      await narrow.close();
    }
  });
});
