import { describe, expect, it } from 'vitest';
import { resultTable, toCsv } from '../src/graphiql/table';

// The IDE's CSV download: which list of a result becomes the rows, and how a row's nested values
// become columns.
describe('a result as a table', () => {
  it("takes a connection's nodes as the rows, nested objects as dotted columns", () => {
    const result = {
      data: {
        securityEvents: {
          totalCount: 2,
          nodes: [
            { date: '2023-05-01', fatalities: 3, place: { name: 'Khorog', location: { latitude: 37.5, longitude: 71.5 } } },
            { date: '2023-06-02', fatalities: null, place: null },
          ],
        },
      },
    };
    expect(resultTable(result)).toEqual({
      path: 'securityEvents.nodes',
      columns: ['date', 'fatalities', 'place.name', 'place.location.latitude', 'place.location.longitude'],
      rows: [
        ['2023-05-01', '3', 'Khorog', '37.5', '71.5'],
        ['2023-06-02', '', '', '', ''],
      ],
    });
  });

  it("takes a connection's edges' nodes as the rows", () => {
    const result = { data: { agreements: { edges: [{ cursor: 'a', node: { title: 'CASA-1000' } }, { cursor: 'b', node: { title: 'SCO' } }] } } };
    expect(resultTable(result)).toMatchObject({ path: 'agreements.edges.node', columns: ['title'], rows: [['CASA-1000'], ['SCO']] });
  });

  it('joins lists inside a row, keeping their places lined up across columns', () => {
    const result = {
      data: {
        organizations: [
          {
            name: 'Jamaat Ansarullah',
            aliases: ['Ansarullah', 'JA'],
            actors: [
              { role: 'ACTOR_1', organization: { name: 'Tajik forces' } },
              { role: 'ACTOR_2', organization: { name: null } },
            ],
          },
          { name: 'Masdar', aliases: [], actors: [] },
        ],
      },
    };
    expect(resultTable(result)).toEqual({
      path: 'organizations',
      columns: ['name', 'aliases', 'actors.role', 'actors.organization.name'],
      rows: [
        ['Jamaat Ansarullah', 'Ansarullah; JA', 'ACTOR_1; ACTOR_2', 'Tajik forces; '],
        ['Masdar', '', '', ''],
      ],
    });
  });

  it('walks through single objects to the first list, and names it', () => {
    const result = { data: { country: null, place: { name: 'Dushanbe', securityEvents: { nodes: [{ title: 'Protest' }] } } } };
    expect(resultTable(result)).toMatchObject({ path: 'place.securityEvents.nodes', rows: [['Protest']] });
  });

  it('makes a list of plain values one column named after it', () => {
    expect(resultTable({ data: { codes: ['TJK', 'AFG'] } })).toEqual({ path: 'codes', columns: ['codes'], rows: [['TJK'], ['AFG']] });
  });

  it('offers no table for a result without a list, or without data', () => {
    expect(resultTable({ data: { country: { name: 'Tajikistan', population: 10 } } })).toBeUndefined();
    expect(resultTable({ errors: [{ message: 'no' }] })).toBeUndefined();
    expect(resultTable('not json')).toBeUndefined();
  });
});

describe('CSV', () => {
  it('has a header line, CRLF line ends, and quotes only the fields that need it', () => {
    const csv = toCsv({ columns: ['title', 'quote'], rows: [['Border clash, Isfara', 'He said "no"\nthen left'], ['Plain', '']] });
    expect(csv).toBe('title,quote\r\n"Border clash, Isfara","He said ""no""\nthen left"\r\nPlain,\r\n');
  });
});
