import { testDrivers } from '@pamir/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOf, startTestService, type TestService } from './service.js';

describe.each(testDrivers())('energy targets on %s', (driver) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(driver);
  });
  afterAll(async () => {
    await service?.stop();
  });

  const targetIds = async (args = '') => {
    const { data, errors } = await service.client.query(`{ energyTargets${args} { id } }`);
    expect(errors).toBeUndefined();
    return idsOf((data as { energyTargets: { id: string }[] }).energyTargets);
  };

  it('lists targets soonest year first, undated last, then by id, with every field', async () => {
    const { data, errors } = await service.client.query(
      `{ energyTargets { id country { code } technologies capacityMw byYear description citations { quote source { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      energyTargets: [
        {
          id: 'afg-solar-2030',
          country: { code: 'AFG' },
          technologies: ['SOLAR_PV'],
          capacityMw: 500,
          byYear: 2030,
          description: null,
          citations: [{ quote: 'solar', source: { id: 'fixture-reuters' } }],
        },
        {
          id: 'tjk-hydro-2030',
          country: { code: 'TJK' },
          technologies: ['HYDRO'],
          capacityMw: 4000,
          byYear: 2030,
          description: null,
          citations: [{ quote: 'hydropower', source: { id: 'fixture-reuters' } }],
        },
        {
          id: 'tjk-renewables-2032',
          country: { code: 'TJK' },
          technologies: ['SOLAR_PV', 'WIND'],
          capacityMw: 10000,
          byYear: 2032,
          description: 'New solar and wind capacity.',
          citations: [{ quote: '10 gigawatts', source: { id: 'fixture-asia-plus' } }],
        },
        {
          id: 'tjk-solar-undated',
          country: { code: 'TJK' },
          technologies: ['SOLAR_PV'],
          capacityMw: 1000,
          byYear: null,
          description: null,
          citations: [{ quote: '1,000 megawatts', source: { id: 'fixture-asia-plus' } }],
        },
      ],
    });
  });

  it('filters by countries and by technologies (any of them), combined with AND', async () => {
    expect(await targetIds(`(filter: { countries: ["TJK"] })`)).toEqual([
      'tjk-hydro-2030',
      'tjk-renewables-2032',
      'tjk-solar-undated',
    ]);
    expect(await targetIds(`(filter: { technologies: [WIND, HYDRO] })`)).toEqual([
      'tjk-hydro-2030',
      'tjk-renewables-2032',
    ]);
    expect(await targetIds(`(filter: { countries: ["AFG"], technologies: [SOLAR_PV] })`)).toEqual([
      'afg-solar-2030',
    ]);
    expect(await targetIds(`(filter: { countries: ["AFG"], technologies: [HYDRO] })`)).toEqual([]);
    expect(await targetIds(`(filter: { countries: [], technologies: [] })`)).toHaveLength(4);
  });
});
