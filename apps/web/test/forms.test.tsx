import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn, signOut } from '../src/lib/session';
import { NewEventPage } from '../src/views/forms/NewEventPage';
import { ProjectStatusPage } from '../src/views/forms/ProjectStatusPage';
import { ansarullah, kevron, source, tajikistan } from './fixtures';
import { connection, renderWithGraph } from './graph';
import { fakeToken } from './tokens';

// The write forms against the real API schema, answered as the subgraphs answer: a refused write
// names every bad field at once (BAD_USER_INPUT with extensions.fields), a stale version is a
// CONFLICT with the current version, a token without the scope is FORBIDDEN.

beforeEach(() => {
  signIn(fakeToken({ sub: 'alice', scope: 'write:security' }));
});
afterEach(() => signOut());

/** The text of everything a control's aria-describedby names. */
function description(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

const refusal = new GraphQLError('invalid input: …', {
  extensions: {
    code: 'BAD_USER_INPUT',
    argument: 'input.dateEnd',
    fields: [
      { path: 'input.dateEnd', message: 'dateEnd is before date' },
      { path: 'input.actors', message: 'an event has one ACTOR1 and one ACTOR2 at most; others are associates' },
      { path: 'input.actors.0.organization', message: 'no Organization nobody exists' },
      { path: 'input.tags.1', message: 'must not be empty' },
      { path: 'input.citations.0.source', message: 'no SourceDocument gone exists' },
      { path: 'input.confidence', message: 'a rule about a field this form does not show' },
    ],
  },
});

const eventRoot = (sent: unknown[]) => ({
  countries: () => connection([tajikistan]),
  places: () => connection([kevron]),
  organizations: () => connection([ansarullah]),
  sourceDocuments: () => connection([source]),
  createSecurityEvent: ({ input }: { input: unknown }) => {
    sent.push(input);
    throw refusal;
  },
});

async function fillRequiredSelects() {
  await userEvent.selectOptions(screen.getByLabelText(/^Disorder type/), 'POLITICAL_VIOLENCE');
  await userEvent.selectOptions(screen.getByLabelText(/^Event type/), 'BATTLES');
  await userEvent.selectOptions(screen.getByLabelText(/^Sub-event type/), 'ARMED_CLASH');
  await userEvent.selectOptions(screen.getByLabelText(/^Role/), 'ACTOR1');
  await userEvent.selectOptions(screen.getByLabelText(/^Actor type/), 'REBEL_GROUP');
}

describe('the new security event form', () => {
  it('offers only the sub-event types of the chosen event type', async () => {
    renderWithGraph(<NewEventPage />, eventRoot([]), '/security/new');
    const sub = screen.getByLabelText(/^Sub-event type/);
    expect(within(sub).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose an event type first']);
    await userEvent.selectOptions(screen.getByLabelText(/^Event type/), 'PROTESTS');
    expect(within(sub).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', 'PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS']);
    await userEvent.selectOptions(sub, 'PEACEFUL_PROTEST');
    // Another event type: the protest sub-type no longer fits and is cleared.
    await userEvent.selectOptions(screen.getByLabelText(/^Event type/), 'RIOTS');
    expect((sub as HTMLSelectElement).value).toBe('');
  });

  it("puts each of the server's messages next to its field, and the rest in the summary", async () => {
    const sent: unknown[] = [];
    const { seen } = renderWithGraph(<NewEventPage />, eventRoot(sent), '/security/new');
    await screen.findByRole('option', { name: 'Jamaat Ansarullah' });
    await userEvent.type(screen.getByLabelText(/^Title/), 'A clash');
    await userEvent.type(screen.getByLabelText(/^Tags/), 'border, , x');
    await fillRequiredSelects();
    fireEvent.submit(screen.getByRole('form', { name: 'New security event' }));

    const summary = await screen.findByRole('region', { name: /Not saved: the server found 6 problems with the event/ });
    expect(seen.some((request) => request.operationName === 'CreateSecurityEvent')).toBe(true);
    expect(sent).toHaveLength(1);

    const endDate = screen.getByLabelText(/^End date/);
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
    expect(description(endDate)).toBe('For events that span days. | dateEnd is before date');
    const organisation = screen.getByLabelText(/^Organisation/);
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    expect(description(organisation)).toBe('no Organization nobody exists');
    expect(description(screen.getByLabelText(/^Tags/))).toMatch(/must not be empty$/);
    expect(description(screen.getByLabelText(/^Document/))).toBe('no SourceDocument gone exists');
    // A message about the actors as a whole sits with the actors group.
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(description(actors)).toMatch(/an event has one ACTOR1 and one ACTOR2 at most/);
    // Fields the server did not name are left alone.
    expect(screen.getByLabelText(/^Title/).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText(/^Role/).getAttribute('aria-invalid')).toBeNull();

    // The summary links each placed message to its field, and holds the one no field shows.
    const links = within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['End date', '#new-event-input-dateEnd'],
      ['Actors', '#new-event-input-actors'],
      ['Actor 1: organisation', '#new-event-input-actors-0-organization'],
      ['Tags', '#new-event-input-tags'],
      ['Source 1: document', '#new-event-input-citations-0-source'],
    ]);
    expect(summary.textContent).toMatch(/input\.confidence: a rule about a field this form does not show/);
    expect(document.activeElement).toBe(summary);

    // A row added or removed since keeps its own messages, and takes no other row's.
    await userEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    const [first, second] = screen.getAllByLabelText(/^Document/);
    expect(first!.getAttribute('aria-invalid')).toBe('true');
    expect(second!.getAttribute('aria-invalid')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Remove source 1' }));
    expect(screen.getByLabelText(/^Document/).getAttribute('aria-invalid')).toBeNull();
  });

  it('sends what the reader entered, leaving every check to the server', async () => {
    const sent: unknown[] = [];
    renderWithGraph(<NewEventPage />, eventRoot(sent), '/security/new');
    await screen.findByRole('option', { name: 'Jamaat Ansarullah' });
    await userEvent.type(screen.getByLabelText(/^Id/), 'Not A Slug');
    await userEvent.type(screen.getByLabelText(/^Fatalities/), '-3');
    await userEvent.type(screen.getByLabelText(/^Tags/), 'border, test');
    await fillRequiredSelects();
    await userEvent.selectOptions(screen.getByLabelText(/^Organisation/), 'jamaat-ansarullah');
    await userEvent.selectOptions(screen.getByLabelText(/^Document/), source.id);
    await userEvent.type(screen.getByLabelText(/^Quote/), 'Tajik forces');
    fireEvent.submit(screen.getByRole('form', { name: 'New security event' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      id: 'Not A Slug',
      fatalities: -3,
      country: 'TJK',
      tags: ['border', 'test'],
      actors: [{ organization: 'jamaat-ansarullah', role: 'ACTOR1', actorType: 'REBEL_GROUP' }],
      citations: [{ source: source.id, quote: 'Tajik forces' }],
    });
  });

  it('a taken id (CONFLICT on create) is said next to the id', async () => {
    const root = {
      ...eventRoot([]),
      createSecurityEvent: () => {
        throw new GraphQLError('SecurityEvent 2023-08-30-darvaz-ansarullah-incursion already exists', { extensions: { code: 'CONFLICT' } });
      },
    };
    renderWithGraph(<NewEventPage />, root, '/security/new');
    await fillRequiredSelects();
    fireEvent.submit(screen.getByRole('form', { name: 'New security event' }));
    const summary = await screen.findByRole('region', { name: 'Not saved: an event with this id already exists' });
    expect(summary.textContent).toMatch(/already exists/);
    const id = screen.getByLabelText(/^Id/);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(description(id)).toMatch(/SecurityEvent 2023-08-30-darvaz-ansarullah-incursion already exists$/);
  });

  it('asks for a sign-in first when nobody is signed in', () => {
    signOut();
    renderWithGraph(<NewEventPage />, eventRoot([]), '/security/new');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fsecurity%2Fnew');
  });
});

describe('the project status form', () => {
  /** One energy project as the energy subgraph keeps it; `others` writes as someone else would. */
  function energySubgraph(refuse?: GraphQLError) {
    const stored = { id: 'casa-1000', name: 'CASA-1000', status: 'CONSTRUCTION', version: 1, updatedAt: '2026-11-23T10:00:00Z', revisions: [] as unknown[] };
    const revision = (by: string) => ({ version: stored.version, operation: 'UPDATE', changedBy: by, changedAt: '2026-11-23T11:00:00Z', changedFields: ['status'], before: null, after: {} });
    return {
      stored,
      others: (status: string) => {
        stored.version += 1;
        stored.status = status;
        stored.revisions.push(revision('carol'));
      },
      root: {
        energyProject: () => ({ ...stored }),
        updateEnergyProject: ({ version, patch }: { version: number; patch: { status: string } }) => {
          if (refuse) throw refuse;
          if (version !== stored.version) {
            throw new GraphQLError(`EnergyProject casa-1000 is at version ${stored.version}, not ${version}: someone changed it since you read it`, {
              extensions: { code: 'CONFLICT', currentVersion: stored.version },
            });
          }
          stored.version += 1;
          stored.status = patch.status;
          stored.revisions.push(revision('alice'));
          return { ...stored };
        },
      },
    };
  }
  const now = () => screen.getByRole('region', { name: 'Now' }).textContent;

  it('shows the status and version, refuses a stale version with CONFLICT, and reloads', async () => {
    const energy = energySubgraph();
    renderWithGraph(<ProjectStatusPage id="casa-1000" />, energy.root, '/projects/casa-1000/status');
    await screen.findByRole('heading', { level: 1, name: 'Change the status of CASA-1000' });
    expect(now()).toMatch(/StatusConstruction/);
    expect(now()).toMatch(/Version1/);

    energy.others('SHELVED'); // someone else writes first
    await userEvent.selectOptions(screen.getByLabelText(/^New status/), 'OPERATING');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const conflict = await screen.findByRole('region', { name: 'Not saved: someone else changed this since you loaded it' });
    expect(conflict.textContent).toMatch(/is at version 2, not 1/);
    expect(conflict.textContent).toMatch(/the project is now at version 2/);
    expect(energy.stored.status).toBe('SHELVED');

    await userEvent.click(within(conflict).getByRole('button', { name: 'Reload the current status' }));
    await waitFor(() => expect(now()).toMatch(/Version2/));
    expect(now()).toMatch(/StatusShelved/);
    expect(now()).toMatch(/update by carol/);
    expect(screen.queryByRole('region', { name: /Not saved/ })).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText(/^New status/), 'OPERATING');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    expect((await screen.findByText(/^Saved\./)).parentElement?.textContent).toMatch(/The status is now Operating, at version 3\./);
    expect(now()).toMatch(/StatusOperating/);
    expect(now()).toMatch(/Version3/);
  });

  it('says plainly when the token lacks the scope (FORBIDDEN)', async () => {
    const energy = energySubgraph(new GraphQLError('this operation needs the scope write:energy', { extensions: { code: 'FORBIDDEN' } }));
    renderWithGraph(<ProjectStatusPage id="casa-1000" />, energy.root, '/projects/casa-1000/status');
    await screen.findByRole('heading', { level: 1, name: 'Change the status of CASA-1000' });
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const refused = await screen.findByRole('region', { name: 'Not saved: your token does not allow this' });
    expect(refused.textContent).toMatch(/this operation needs the scope write:energy/);
    expect(refused.textContent).toMatch(/signed in as alice with the scopes write:security/);
    expect(within(refused).getByRole('link').getAttribute('href')).toBe('/sign-in?next=%2Fprojects%2Fcasa-1000%2Fstatus');
  });

  it('says plainly when the server refuses the sign-in (UNAUTHENTICATED)', async () => {
    const energy = energySubgraph(new GraphQLError('the bearer token was refused: it has expired', { extensions: { code: 'UNAUTHENTICATED' } }));
    renderWithGraph(<ProjectStatusPage id="casa-1000" />, energy.root, '/projects/casa-1000/status');
    await screen.findByRole('heading', { level: 1, name: 'Change the status of CASA-1000' });
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const refused = await screen.findByRole('region', { name: 'Not saved: the server did not accept your sign-in' });
    expect(refused.textContent).toMatch(/the bearer token was refused: it has expired/);
    expect(within(refused).getByRole('link', { name: 'Sign in again with a new token' })).toBeTruthy();
  });
});
