import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgreementRecord } from '../src/views/records/AgreementRecord';
import { ProjectRecord } from '../src/views/records/ProjectRecord';
import { SecurityView } from '../src/views/security/SecurityView';
import { TargetsSection } from '../src/views/energy/TargetsSection';
import { citation, tajikistan } from './fixtures';
import { connection, renderWithGraph } from './graph';

// A subgraph that is down, as the gateway answers it: the fields it owns are null, with an error,
// and everything else is there. Each view says what is missing rather than "none".
const down = () => {
  throw new Error('Internal server error');
};

const agreement = {
  id: '2023-tjk-chn-solar',
  title: 'Solar plant agreement',
  summary: null,
  instrumentType: 'AGREEMENT',
  form: 'BILATERAL',
  status: 'SIGNED',
  signedOn: '2023-05-18',
  datePrecision: 'DAY',
  enteredIntoForceOn: null,
  place: null,
  parties: [{ country: tajikistan, organization: null, signatory: null }],
  witnesses: [],
  subjects: ['ENERGY'],
  engagement: null,
  citations: [citation('signed an agreement on a solar plant')],
  energyProjects: down,
};

const project = {
  id: 'mw-energy-clean-energy-programme',
  name: 'MW Energy clean energy programme',
  aliases: [],
  summary: null,
  kind: 'PROGRAMME',
  technologies: ['SOLAR_PV'],
  status: 'ANNOUNCED',
  capacityMw: 500,
  storageMwh: null,
  countries: [{ role: 'HOST', capacityMw: null, country: tajikistan }],
  stakeholders: [],
  place: null,
  milestones: [],
  citations: [citation('at least 500 MW of clean energy')],
  agreements: down,
};

describe('views when a subgraph is down', () => {
  it('a root list says it could not load, not that nothing matches', async () => {
    renderWithGraph(<SecurityView />, { securityEvents: down, organizations: () => connection([]), places: () => connection([]), countries: () => connection([]) }, '/security');
    expect(await screen.findByText(/Could not load security events/)).toBeTruthy();
    expect(screen.queryByText(/No security events match/)).toBeNull();
  });

  it('energy targets say they could not load', async () => {
    renderWithGraph(<TargetsSection country="TJK" />, { energyTargets: down });
    expect(await screen.findByText(/Could not load energy targets/)).toBeTruthy();
    expect(screen.queryByText(/No national energy targets/)).toBeNull();
  });

  it("an agreement still shows when the energy subgraph cannot name its projects", async () => {
    renderWithGraph(<AgreementRecord id={agreement.id} />, { agreement: () => agreement });
    expect(await screen.findByRole('heading', { level: 1, name: agreement.title })).toBeTruthy();
    expect(screen.getByText(/Not loaded: energy projects and targets/)).toBeTruthy();
  });

  it('a project says its agreements did not load, rather than leaving them out', async () => {
    renderWithGraph(<ProjectRecord id={project.id} />, { energyProject: () => project });
    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeTruthy();
    expect(screen.getByText(/Not loaded: agreements and engagements/)).toBeTruthy();
  });
});
