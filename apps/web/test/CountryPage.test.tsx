import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountryPage } from '../src/views/entities/CountryPage';
import { battle, tajikistan } from './fixtures';
import { connection } from './graph';
import { renderWithGraph } from './graph';

// A country whose energy part fails, as when the energy subgraph is down: the gateway nulls the
// fields energy adds to the country and reports an error; the rest of the page still loads.
const root = {
  country: () => ({
    ...tajikistan,
    securityEvents: () => connection([battle]),
    militaryFacilities: () => connection([]),
    agreements: () => connection([]),
    engagements: () => connection([]),
    energyProjects: () => {
      throw new Error('Internal server error');
    },
    energyTargets: () => {
      throw new Error('Internal server error');
    },
  }),
};

describe('an entity page when one subgraph is down', () => {
  it('shows what loaded and says what did not', async () => {
    renderWithGraph(<CountryPage code="TJK" />, root);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tajikistan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: battle.title })).toBeTruthy();
    expect(screen.getByText(/Part of this page did not load/)).toBeTruthy();
    expect(screen.getByText(/Not loaded: energy projects and targets/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Energy/ })).toBeTruthy();
    expect(screen.queryByText(/No energy projects recorded/)).toBeNull();
  });
});
