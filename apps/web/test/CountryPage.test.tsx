import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountryPage } from '../src/views/entities/CountryPage';
import { battle, tajikistan } from './fixtures';
import { connection } from './graph';
import { renderWithGraph } from './graph';

// A country whose energy part fails, as when the energy subgraph is down: the gateway nulls the
// fields energy answers (its involving list, the targets it adds to the country) and reports an
// error; the rest of the page still loads, each record saying how the country takes part.
const failing = () => {
  throw new Error('Internal server error');
};
const root = {
  country: () => ({ ...tajikistan, energyTargets: failing }),
  securityEvents: () => connection([{ ...battle, involvement: [{ role: 'LOCATION', organization: null, person: null }] }]),
  militaryFacilities: () => connection([]),
  agreements: () => connection([]),
  engagements: () => connection([]),
  energyProjects: failing,
};

describe('an entity page when one subgraph is down', () => {
  it('shows what loaded and says what did not', async () => {
    renderWithGraph(<CountryPage code="TJK" />, root);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tajikistan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: battle.title })).toBeTruthy();
    expect(screen.getByLabelText('How Tajikistan takes part').textContent).toBe('Location');
    expect(screen.getByText(/Part of this page did not load/)).toBeTruthy();
    expect(screen.getByText(/Not loaded: energy projects and targets/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Energy/ })).toBeTruthy();
    expect(screen.queryByText(/No energy projects recorded/)).toBeNull();
  });
});
