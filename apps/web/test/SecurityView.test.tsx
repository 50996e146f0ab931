import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SecurityView } from '../src/views/security/SecurityView';
import { battle, parade } from './fixtures';
import { connection, renderWithGraph } from './graph';

type Filter = { from?: string; to?: string; eventTypes?: string[] };

// Answers like the security subgraph: filters on type and dates, refuses from > to naming filter.from.
const root = {
  securityEvents: ({ filter = {}, first }: { filter?: Filter; first: number }) => {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new GraphQLError('filter.from (2024-01-01) must not come after filter.to (2023-01-01)', {
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.from' },
      });
    }
    const events = [battle, parade].filter((e) => !filter.eventTypes || filter.eventTypes.includes(e.eventType));
    return connection(events, first);
  },
  organizations: () => connection([]),
  places: () => connection([]),
  countries: () => connection([]),
};

describe('security events view', () => {
  it('lists the events in a table, with their sources', async () => {
    renderWithGraph(<SecurityView />, root, '/security');
    const table = await screen.findByRole('table', { name: /Security events matching the filters/ });
    expect(within(table).getByRole('rowheader', { name: battle.title })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: parade.title })).toBeTruthy();
    expect(within(table).getAllByText(/source: Amu TV/).length).toBe(2);
  });

  it('sends the chosen event type as the graph filter, and the rows follow', async () => {
    const { seen } = renderWithGraph(<SecurityView />, root, '/security');
    await screen.findByRole('rowheader', { name: parade.title });
    await userEvent.selectOptions(screen.getByLabelText('Event type'), 'BATTLES');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: parade.title })).toBeNull());
    expect(screen.getByRole('rowheader', { name: battle.title })).toBeTruthy();
    expect(seen.some((r) => r.operationName === 'SecurityEventsPage' && JSON.stringify(r.variables).includes('"eventTypes":["BATTLES"]'))).toBe(true);
  });

  it("shows the server's message next to the date field it is about", async () => {
    renderWithGraph(<SecurityView />, root, '/security?from=2024-01-01&to=2023-01-01');
    const from = screen.getByLabelText('From');
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(from.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('filter.from (2024-01-01) must not come after filter.to (2023-01-01)');
  });
});
