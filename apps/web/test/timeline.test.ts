import { describe, expect, it } from 'vitest';
import type { OverviewQuery } from '../src/generated/graphql';
import { timelineItems } from '../src/views/overview/timelineItems';

const data = {
  reference: { code: 'TJK', name: 'Tajikistan' },
  security: { securityEvents: { totalCount: 1, nodes: [{ id: 'e', title: 'Clash', date: '2023-08-30', datePrecision: 'DAY', eventType: 'BATTLES' }] }, militaryFacilities: { totalCount: 0 } },
  diplomacy: {
    agreements: { totalCount: 1, nodes: [{ id: 'a', title: 'MoU', signedOn: '2023-10-01', datePrecision: 'MONTH', status: 'SIGNED' }] },
    engagements: { totalCount: 1, nodes: [{ id: 'g', title: 'Visit', startDate: '2022-05-01', datePrecision: 'MONTH', kind: 'STATE_VISIT' }] },
  },
  energy: {
    energyProjects: { totalCount: 1, nodes: [{ id: 'p', name: 'CASA-1000', status: 'CONSTRUCTION', milestones: [{ date: '2021-08-01', datePrecision: 'MONTH', description: 'Halted' }, { date: '2024-02-01', datePrecision: 'MONTH', description: 'Resumed' }] }] },
    energyTargets: [],
  },
} as unknown as OverviewQuery;

describe('the timeline across domains', () => {
  it('puts events, engagements, agreements and milestones on one axis, newest first', () => {
    expect(timelineItems(data, {}).map((i) => [i.domain, i.date])).toEqual([
      ['energy', '2024-02-01'],
      ['diplomacy', '2023-10-01'],
      ['security', '2023-08-30'],
      ['diplomacy', '2022-05-01'],
      ['energy', '2021-08-01'],
    ]);
  });

  it('keeps milestones inside the date range (the graph filters the rest)', () => {
    expect(timelineItems(data, { from: '2022-01-01', to: '2023-12-31' }).filter((i) => i.domain === 'energy')).toEqual([]);
  });
});
