import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AcledFileError, readAcledCsv, writeAcledCsv } from '../src/acled/csv.js';
import { acledColumns, acledDate, type AcledRow } from '../src/acled/format.js';
import { readAcledEvent, type AcledEvent } from '../src/acled/rows.js';

// Reading and writing ACLED's export format, without a database: the file's rows with their line
// numbers, each row's problems by column, and CSV that reads back as it was written.

const fixture = readFileSync(new URL('fixtures/acled-export.csv', import.meta.url), 'utf8');
const header = acledColumns.join(',');

function row(values: Partial<AcledRow>): AcledRow {
  const base = readAcledCsv(fixture).rows[0]!.row;
  return { ...base, ...values };
}

describe('reading an ACLED export', () => {
  it('numbers each row by the line it starts on, with quoted commas and empty cells kept', () => {
    const { rows, rejections } = readAcledCsv(fixture);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(rows[0]!.row.notes).toContain('Quoting Tajikistan’s State Security Council, local news outlets');
    expect(rows[0]!.row.assoc_actor_1).toBe('');
    expect(rows[3]!.row.tags).toBe('crowd size=some 2,000');
    expect(rejections).toEqual([
      { line: 9, eventIdCnty: 'TJK90007', column: null, reason: 'the row has 3 cells; the header has 31' },
    ]);
  });

  it('counts lines inside quoted cells, and reads doubled quotes', () => {
    const cells = (id: string, notes: string) =>
      acledColumns.map((column) => (column === 'event_id_cnty' ? id : column === 'notes' ? notes : ''));
    const text = `${header}\n${cells('A1', '"two\nlines, ""quoted"""').join(',')}\n${cells('A2', 'plain').join(',')}\n`;
    const { rows } = readAcledCsv(text);
    expect(rows.map((r) => [r.line, r.row.event_id_cnty, r.row.notes])).toEqual([
      [2, 'A1', 'two\nlines, "quoted"'],
      [4, 'A2', 'plain'],
    ]);
  });

  it('refuses a file without ACLED’s header, or that is not CSV, naming the line', () => {
    expect(() => readAcledCsv('')).toThrow(AcledFileError);
    expect(() => readAcledCsv('event_id_cnty,event_date\nX,2023-01-01\n')).toThrow(
      /lacks ACLED's columns year, time_precision/,
    );
    try {
      readAcledCsv(`${header}\nTJK1,"unclosed\n`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AcledFileError);
      expect((error as AcledFileError).line).toBe(2);
    }
  });

  it('writes CSV that reads back as it was written', () => {
    const { rows } = readAcledCsv(fixture);
    const again = readAcledCsv(writeAcledCsv(rows.map((r) => r.row)));
    expect(again.rows.map((r) => r.row)).toEqual(rows.map((r) => r.row));
  });
});

describe('reading one row into Pamir’s terms', () => {
  const read = (values: Partial<AcledRow>) => readAcledEvent({ line: 7, row: row(values) });
  const event = (values: Partial<AcledRow>) => read(values) as AcledEvent;

  it('maps labels, precisions, actors and location', () => {
    expect(event({})).toMatchObject({
      eventIdCnty: 'TJK90001',
      date: '2023-08-30',
      datePrecision: 'DAY',
      disorderType: 'POLITICAL_VIOLENCE',
      eventType: 'BATTLES',
      subEventType: 'ARMED_CLASH',
      isoNumeric: '762',
      fatalities: 3,
      civilianTargeting: false,
      tags: [],
      actors: [
        { name: 'State Security Committee', role: 'ACTOR1', actorType: 'STATE_FORCES' },
        { name: 'Ansarullah', role: 'ACTOR2', actorType: 'REBEL_GROUP' },
      ],
      location: {
        name: 'Kevron',
        admin1: 'Gorno-Badakhshan',
        admin2: 'Darvaz',
        latitude: 38.45,
        longitude: 70.79,
        precision: 'NEAR',
      },
    });
  });

  it('reads older exports: day-month-year dates, digit actor types, short ISO codes', () => {
    expect(acledDate('7 May 2022')).toBe('2022-05-07');
    expect(acledDate('2022-05-07')).toBe('2022-05-07');
    expect(acledDate('May 7th')).toBeUndefined();
    const older = event({ event_date: '30 August 2023', inter1: '1', inter2: '2', iso: '4' });
    expect(older.date).toBe('2023-08-30');
    expect(older.actors.map((a) => a.actorType)).toEqual(['STATE_FORCES', 'REBEL_GROUP']);
    expect(older.isoNumeric).toBe('004');
  });

  it('gives associates their side’s actor type, and reads civilian targeting', () => {
    const withAssociates = event({
      assoc_actor_1: 'Police Forces of Tajikistan; Border Troops of Tajikistan',
      civilian_targeting: 'Civilian targeting',
    });
    expect(withAssociates.actors.filter((a) => a.role === 'ASSOC_ACTOR1')).toEqual([
      { name: 'Police Forces of Tajikistan', role: 'ASSOC_ACTOR1', actorType: 'STATE_FORCES' },
      { name: 'Border Troops of Tajikistan', role: 'ASSOC_ACTOR1', actorType: 'STATE_FORCES' },
    ]);
    expect(withAssociates.civilianTargeting).toBe(true);
  });

  it('reports every problem of a row at once, each with its column', () => {
    const problems = read({
      event_date: '2023-02-30',
      year: '2022',
      time_precision: '4',
      event_type: 'Protests',
      inter2: 'Aliens',
      civilian_targeting: 'yes',
      iso: 'TJK',
      latitude: '95',
      geo_precision: '9',
      fatalities: '-2',
      timestamp: 'soon',
    });
    expect(Array.isArray(problems)).toBe(true);
    expect((problems as { column: string }[]).map((p) => p.column)).toEqual([
      'event_date',
      'year',
      'time_precision',
      'sub_event_type',
      'inter2',
      'civilian_targeting',
      'iso',
      'latitude',
      'geo_precision',
      'fatalities',
      'timestamp',
    ]);
    expect(problems).toContainEqual({
      line: 7,
      eventIdCnty: 'TJK90001',
      column: 'event_date',
      reason: '2023-02-30 is not a real date',
    });
  });

  it('refuses a row without its first actor or id, and associates without their actor', () => {
    const problems = read({
      event_id_cnty: ' ',
      actor1: '',
      inter1: '',
      assoc_actor_2: 'Someone',
      actor2: '',
      inter2: '',
    }) as { column: string }[];
    expect(problems.map((p) => p.column)).toEqual(['event_id_cnty', 'actor1', 'assoc_actor_2']);
  });

  it('takes only ACLED’s codes for the precisions, not names every object has', () => {
    const problems = read({ time_precision: 'constructor', geo_precision: 'toString' }) as { column: string }[];
    expect(problems.map((p) => p.column)).toEqual(['time_precision', 'geo_precision']);
  });

  it('checks the year against the date', () => {
    expect(read({ year: '2022' })).toEqual([
      {
        line: 7,
        eventIdCnty: 'TJK90001',
        column: 'year',
        reason: '2022 is not the year of event_date 2023-08-30',
      },
    ]);
  });
});
