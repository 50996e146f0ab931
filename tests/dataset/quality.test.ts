// Quality checks for Pamir's curated dataset: the JSON records under services/*/data, read
// directly. Every failure names the file, the record and the field.
import { describe, expect, it } from 'vitest';
import {
  ACLED_DISORDER,
  ACLED_SUB_EVENTS,
  DATA_FILES,
  articleSections,
  loadData,
  loadSdl,
  normaliseText,
  sourcesPresent,
  valuesAt,
} from './dataset.js';
import type { DataKey, Rec } from './dataset.js';

const data = loadData();
const sdl = loadSdl();

const idOf = (key: DataKey, r: Rec): string => String(key === 'countries' ? r.code : r.id);
const where = (key: DataKey, r: Rec, field: string): string =>
  `${DATA_FILES[key].path} › ${idOf(key, r)} › ${field}`;

function* records(): Generator<[DataKey, Rec]> {
  for (const key of Object.keys(DATA_FILES) as DataKey[]) for (const r of data[key]) yield [key, r];
}

/** Paths of every citation a record carries, and paths that must hold at least one. */
const CITATION_LISTS: Partial<Record<DataKey, string[]>> = {
  countries: ['citations'],
  places: ['citations'],
  organizations: ['citations'],
  people: ['citations'],
  securityEvents: ['citations'],
  militaryFacilities: ['citations'],
  agreements: ['citations'],
  engagements: ['citations'],
  energyProjects: ['citations', 'milestones[].citations'],
  energyTargets: ['citations'],
  estimates: ['citations'],
};
const SINGLE_CITATIONS: Partial<Record<DataKey, string[]>> = {
  militaryFacilities: ['reportedCosts[].citation'],
};

function allCitations(key: DataKey, r: Rec): [string, Rec][] {
  const out: [string, Rec][] = [];
  for (const p of CITATION_LISTS[key] ?? [])
    for (const [path, list] of valuesAt(r, p))
      if (Array.isArray(list)) list.forEach((c, i) => out.push([`${path}[${i}]`, c as Rec]));
  for (const p of SINGLE_CITATIONS[key] ?? [])
    for (const [path, c] of valuesAt(r, p)) out.push([path, c as Rec]);
  return out;
}

/** Enum-typed fields, by SDL enum name. */
const ENUM_FIELDS: Partial<Record<DataKey, [string, string][]>> = {
  sourceDocuments: [['datePrecision', 'DatePrecision']],
  places: [
    ['kind', 'PlaceKind'],
    ['precision', 'GeoPrecision'],
  ],
  organizations: [['kind', 'OrganizationKind']],
  securityEvents: [
    ['datePrecision', 'DatePrecision'],
    ['disorderType', 'DisorderType'],
    ['eventType', 'EventType'],
    ['subEventType', 'SubEventType'],
    ['actors[].role', 'ActorRole'],
    ['actors[].actorType', 'ActorType'],
    ['status', 'EventStatus'],
    ['dateQualifier', 'DateQualifier'],
    ['placePrecision', 'PlacePrecision'],
    ['fatalitiesQualifier', 'FigureQualifier'],
    ['forceSizeQualifier', 'FigureQualifier'],
  ],
  militaryFacilities: [
    ['kind', 'FacilityKind'],
    ['status', 'FacilityStatus'],
    ['establishedPrecision', 'DatePrecision'],
  ],
  agreements: [
    ['instrumentType', 'InstrumentType'],
    ['form', 'AgreementForm'],
    ['status', 'AgreementStatus'],
    ['datePrecision', 'DatePrecision'],
    ['subjects[]', 'AgreementSubject'],
  ],
  engagements: [
    ['kind', 'EngagementKind'],
    ['datePrecision', 'DatePrecision'],
    ['participants[].role', 'ParticipantRole'],
    ['status', 'EngagementStatus'],
    ['dateQualifier', 'DateQualifier'],
    ['placePrecision', 'PlacePrecision'],
  ],
  energyProjects: [
    ['kind', 'EnergyProjectKind'],
    ['technologies[]', 'EnergyTechnology'],
    ['status', 'EnergyProjectStatus'],
    ['countries[].role', 'ProjectCountryRole'],
    ['stakeholders[].role', 'StakeholderRole'],
    ['capacityQualifier', 'FigureQualifier'],
    ['milestones[].datePrecision', 'DatePrecision'],
  ],
  energyTargets: [['technologies[]', 'EnergyTechnology']],
  estimates: [
    ['unit', 'EstimateUnit'],
    ['qualifier', 'FigureQualifier'],
    ['datePrecision', 'DatePrecision'],
  ],
};

/** Reference-typed fields and the file they point into. */
const REFERENCES: Partial<Record<DataKey, [string, DataKey][]>> = {
  places: [['country', 'countries']],
  organizations: [['country', 'countries']],
  people: [
    ['roles[].organization', 'organizations'],
    ['roles[].country', 'countries'],
  ],
  securityEvents: [
    ['country', 'countries'],
    ['place', 'places'],
    ['actors[].organization', 'organizations'],
    ['actors[].organizationCountry', 'countries'],
  ],
  militaryFacilities: [
    ['hostCountry', 'countries'],
    ['place', 'places'],
    ['operators[]', 'organizations'],
    ['financiers[]', 'organizations'],
    ['organizationCountries[].organization', 'organizations'],
    ['organizationCountries[].country', 'countries'],
  ],
  agreements: [
    ['place', 'places'],
    ['parties[].country', 'countries'],
    ['parties[].organization', 'organizations'],
    ['parties[].organizationCountry', 'countries'],
    ['parties[].signatory', 'people'],
    ['witnesses[]', 'people'],
    ['energyProjects[]', 'energyProjects'],
    ['engagement', 'engagements'],
  ],
  engagements: [
    ['place', 'places'],
    ['participants[].country', 'countries'],
    ['participants[].organization', 'organizations'],
    ['participants[].organizationCountry', 'countries'],
    ['participants[].person', 'people'],
  ],
  energyProjects: [
    ['countries[].country', 'countries'],
    ['stakeholders[].organization', 'organizations'],
    ['stakeholders[].organizationCountry', 'countries'],
    ['place', 'places'],
  ],
  energyTargets: [['country', 'countries']],
  estimates: [
    ['country', 'countries'],
    ['place', 'places'],
    ['organization', 'organizations'],
  ],
};

/** Date fields, each with the field holding its precision. */
const DATE_FIELDS: Partial<Record<DataKey, [string, string | null][]>> = {
  sourceDocuments: [['publishedOn', 'datePrecision']],
  people: [
    ['roles[].from', null],
    ['roles[].to', null],
  ],
  securityEvents: [
    ['date', 'datePrecision'],
    ['dateEnd', 'datePrecision'],
  ],
  militaryFacilities: [['established', 'establishedPrecision']],
  agreements: [
    ['signedOn', 'datePrecision'],
    ['enteredIntoForceOn', null],
  ],
  engagements: [
    ['startDate', 'datePrecision'],
    ['endDate', 'datePrecision'],
  ],
  energyProjects: [['milestones[].date', 'milestones[].datePrecision']],
  estimates: [['asOf', 'datePrecision']],
};

/** Numbers that must be non-negative (and integers where marked). */
const NUMBERS: Partial<Record<DataKey, [string, 'int' | 'float'][]>> = {
  securityEvents: [
    ['fatalities', 'int'],
    ['fatalitiesLow', 'int'],
    ['fatalitiesHigh', 'int'],
    ['forceSize', 'int'],
  ],
  militaryFacilities: [
    ['costUsd', 'float'],
    ['reportedCosts[].amountUsd', 'float'],
  ],
  energyProjects: [
    ['capacityMw', 'float'],
    ['storageMwh', 'float'],
    ['countries[].capacityMw', 'float'],
  ],
  energyTargets: [
    ['capacityMw', 'float'],
    ['byYear', 'int'],
  ],
  estimates: [
    ['value', 'float'],
    ['low', 'float'],
    ['high', 'float'],
  ],
};

/** Nested objects and the SDL type their keys must belong to. */
const NESTED_TYPES: Partial<Record<DataKey, [string, string][]>> = {
  places: [['location', 'GeoPoint']],
  people: [['roles[]', 'PersonRole']],
  securityEvents: [['actors[]', 'EventActor']],
  militaryFacilities: [['reportedCosts[]', 'ReportedAmount']],
  agreements: [['parties[]', 'AgreementParty']],
  engagements: [['participants[]', 'EngagementParticipant']],
  energyProjects: [
    ['countries[]', 'ProjectCountry'],
    ['stakeholders[]', 'ProjectStakeholder'],
    ['milestones[]', 'Milestone'],
  ],
};
/** Keys the data carries beyond the SDL (where a source document sits among the article files). */
const EXTRA_KEYS: Partial<Record<string, string[]>> = { SourceDocument: ['file', 'section'] };
/** SDL fields every writable record has, kept by the write pipeline rather than the data files. */
const WRITE_FIELDS = new Set(['version', 'updatedAt', 'archivedAt', 'revisions']);
/** SDL fields computed from other records rather than stored. */
const DERIVED_FIELDS = new Set([
  'DiplomaticEngagement.agreements',
  'EnergyProject.agreements',
  'Country.energyTargets',
  // claims live in each service's claims.json, checked by claims.test.ts
  'SecurityEvent.claims',
  'MilitaryFacility.claims',
  'Organization.claims',
  'Estimate.claims',
]);

function expectNoProblems(problems: string[]): void {
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('curated dataset', () => {
  it('has records in every data file', () => {
    const problems: string[] = [];
    for (const key of Object.keys(DATA_FILES) as DataKey[])
      if (data[key].length === 0) problems.push(`${DATA_FILES[key].path}: no records`);
    expectNoProblems(problems);
  });

  it('uses only field names the SDL defines, and fills every required field', () => {
    const problems: string[] = [];
    const check = (key: DataKey, r: Rec, obj: unknown, typeName: string, at: string): void => {
      const fields = sdl.types.get(typeName);
      if (!fields) {
        problems.push(`${where(key, r, at || '(record)')}: SDL type ${typeName} not found`);
        return;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        problems.push(`${where(key, r, at || '(record)')}: expected an object`);
        return;
      }
      const o = obj as Rec;
      const extra = EXTRA_KEYS[typeName] ?? [];
      for (const k of Object.keys(o))
        if (!fields.has(k) && !extra.includes(k))
          problems.push(`${where(key, r, at ? `${at}.${k}` : k)}: ${typeName} has no field "${k}"`);
      for (const f of fields.values()) {
        if (!f.nonNull || f.hasArgs || WRITE_FIELDS.has(f.name) || DERIVED_FIELDS.has(`${typeName}.${f.name}`)) continue;
        const v = o[f.name];
        if (v === undefined || v === null)
          problems.push(`${where(key, r, at ? `${at}.${f.name}` : f.name)}: required field missing`);
        else if (f.list && !Array.isArray(v))
          problems.push(`${where(key, r, at ? `${at}.${f.name}` : f.name)}: expected a list`);
      }
    };
    for (const [key, r] of records()) {
      check(key, r, r, DATA_FILES[key].type, '');
      for (const [p, typeName] of NESTED_TYPES[key] ?? [])
        for (const [path, v] of valuesAt(r, p)) check(key, r, v, typeName, path);
      for (const [path, c] of allCitations(key, r)) check(key, r, c, 'Citation', path);
    }
    expectNoProblems(problems);
  });

  it('gives every record, milestone and reported cost at least one citation', () => {
    const problems: string[] = [];
    for (const [key, r] of records()) {
      for (const p of CITATION_LISTS[key] ?? []) {
        const found = valuesAt(r, p);
        if (p === 'citations' && found.length === 0) problems.push(`${where(key, r, p)}: missing`);
        for (const [path, list] of found)
          if (!Array.isArray(list) || list.length === 0) problems.push(`${where(key, r, path)}: no citation`);
      }
      if (key === 'militaryFacilities')
        for (const [path, cost] of valuesAt(r, 'reportedCosts[]'))
          if (!(cost as Rec).citation) problems.push(`${where(key, r, path)}.citation: missing`);
      for (const [path, c] of allCitations(key, r)) {
        if (typeof c.quote !== 'string' || c.quote.trim() === '')
          problems.push(`${where(key, r, `${path}.quote`)}: empty quote`);
        if (typeof c.source !== 'string') problems.push(`${where(key, r, `${path}.source`)}: missing source`);
      }
    }
    expectNoProblems(problems);
  });

  it.skipIf(!sourcesPresent)(
    sourcesPresent
      ? 'quotes stand verbatim in their article'
      : 'quotes stand verbatim in their article (SKIPPED: ../shared/sources not found next to the repository)',
    () => {
      const problems: string[] = [];
      const articles = new Map<string, string>();
      for (const doc of data.sourceDocuments) {
        const file = String(doc.file);
        const section = Number(doc.section);
        let sections: string[];
        try {
          sections = articleSections(file);
        } catch {
          problems.push(`${where('sourceDocuments', doc, 'file')}: ${file} not found in ../shared/sources`);
          continue;
        }
        const text = sections[section];
        if (text === undefined) {
          problems.push(
            `${where('sourceDocuments', doc, 'section')}: ${file} has no article #${section} (it has ${sections.length})`,
          );
          continue;
        }
        articles.set(String(doc.id), normaliseText(text));
      }
      for (const [key, r] of records())
        for (const [path, c] of allCitations(key, r)) {
          const article = articles.get(String(c.source));
          if (article === undefined) continue; // an unknown source is reported by the reference check
          if (!article.includes(normaliseText(String(c.quote))))
            problems.push(
              `${where(key, r, `${path}.quote`)}: not found verbatim in ${String(c.source)}: "${String(c.quote)}"`,
            );
        }
      expectNoProblems(problems);
    },
  );

  it('resolves every reference', () => {
    const problems: string[] = [];
    const ids = new Map<DataKey, Set<string>>();
    for (const key of Object.keys(DATA_FILES) as DataKey[])
      ids.set(key, new Set(data[key].map((r) => idOf(key, r))));
    for (const [key, r] of records()) {
      for (const [p, target] of REFERENCES[key] ?? [])
        for (const [path, v] of valuesAt(r, p))
          if (typeof v !== 'string' || !ids.get(target)?.has(v))
            problems.push(
              `${where(key, r, path)}: "${String(v)}" is not an id in ${DATA_FILES[target].path}`,
            );
      for (const [path, c] of allCitations(key, r))
        if (!ids.get('sourceDocuments')?.has(String(c.source)))
          problems.push(`${where(key, r, `${path}.source`)}: "${String(c.source)}" is not a source document`);
    }
    expectNoProblems(problems);
  });

  // `involving` finds a country's records through its organisations by these copies of the
  // organisation's home country: each must say what the reference data says.
  it("gives each organisation's country as the reference data does", () => {
    const home = new Map(data.organizations.map((o) => [String(o['id']), o['country'] as string | undefined]));
    const copies: [DataKey, string, string, string][] = [
      ['securityEvents', 'actors', 'organization', 'organizationCountry'],
      ['militaryFacilities', 'organizationCountries', 'organization', 'country'],
      ['agreements', 'parties', 'organization', 'organizationCountry'],
      ['engagements', 'participants', 'organization', 'organizationCountry'],
      ['energyProjects', 'stakeholders', 'organization', 'organizationCountry'],
    ];
    const problems: string[] = [];
    for (const [key, list, organization, country] of copies) {
      for (const r of data[key]) {
        ((r[list] ?? []) as Rec[]).forEach((entry, i) => {
          const given = entry[country];
          const expected = home.get(String(entry[organization]));
          if (given != null && given !== expected)
            problems.push(`${where(key, r, `${list}[${i}].${country}`)}: ${JSON.stringify(given)}, but the organisation's country is "${String(expected)}"`);
        });
      }
    }
    // A state actor acts for its country: ACLED's state and external forces carry it, others do not.
    for (const r of data.securityEvents) {
      ((r['actors'] ?? []) as Rec[]).forEach((actor, i) => {
        const state = actor['actorType'] === 'STATE_FORCES' || actor['actorType'] === 'EXTERNAL_OTHER_FORCES';
        const expected = state ? home.get(String(actor['organization'])) : undefined;
        if ((actor['organizationCountry'] ?? undefined) !== expected)
          problems.push(`${where('securityEvents', r, `actors[${i}].organizationCountry`)}: expected ${String(expected)}`);
      });
    }
    expectNoProblems(problems);
  });

  it('has real YYYY-MM-DD dates, each with a precision it matches', () => {
    const problems: string[] = [];
    for (const [key, r] of records())
      for (const [p, precPath] of DATE_FIELDS[key] ?? []) {
        const dates = valuesAt(r, p);
        const precs = precPath ? valuesAt(r, precPath) : [];
        dates.forEach(([path, v], i) => {
          if (typeof v !== 'string' || !isRealDate(v)) {
            problems.push(`${where(key, r, path)}: "${String(v)}" is not a real YYYY-MM-DD date`);
            return;
          }
          if (!precPath) return;
          // a list path pairs each date with the precision at the same index
          const prec = (p.includes('[]') ? precs[i] : precs[0])?.[1];
          if (typeof prec !== 'string')
            problems.push(`${where(key, r, path)}: date without a precision (${precPath})`);
          else if (prec === 'MONTH' && !v.endsWith('-01'))
            problems.push(`${where(key, r, path)}: MONTH precision but "${v}" is not the 1st of the month`);
          else if (prec === 'YEAR' && !v.endsWith('-01-01'))
            problems.push(`${where(key, r, path)}: YEAR precision but "${v}" is not 1 January`);
        });
      }
    for (const [key, startF, endF] of [
      ['securityEvents', 'date', 'dateEnd'],
      ['engagements', 'startDate', 'endDate'],
    ] as const)
      for (const r of data[key])
        if (typeof r[endF] === 'string' && String(r[endF]) < String(r[startF]))
          problems.push(`${where(key, r, endF)}: ends before it starts`);
    expectNoProblems(problems);
  });

  it('has non-negative capacities, costs and fatalities', () => {
    const problems: string[] = [];
    for (const [key, r] of records())
      for (const [p, kind] of NUMBERS[key] ?? [])
        for (const [path, v] of valuesAt(r, p)) {
          if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            problems.push(`${where(key, r, path)}: ${String(v)} is not a non-negative number`);
          else if (kind === 'int' && !Number.isInteger(v))
            problems.push(`${where(key, r, path)}: ${v} is not an integer`);
        }
    for (const r of data.militaryFacilities) {
      const amounts = valuesAt(r, 'reportedCosts[].amountUsd').map(([, v]) => v);
      if (r.costUsd !== undefined && r.costUsd !== null && amounts.length > 0 && !amounts.includes(r.costUsd))
        problems.push(
          `${where('militaryFacilities', r, 'costUsd')}: ${JSON.stringify(r.costUsd)} is none of the reported costs`,
        );
    }
    expectNoProblems(problems);
  });

  it('uses only enum values the SDL defines', () => {
    const problems: string[] = [];
    for (const [key, r] of records())
      for (const [p, enumName] of ENUM_FIELDS[key] ?? []) {
        const allowed = sdl.enums.get(enumName);
        if (!allowed) {
          problems.push(`${where(key, r, p)}: enum ${enumName} not found in the SDL`);
          continue;
        }
        for (const [path, v] of valuesAt(r, p))
          if (typeof v !== 'string' || !allowed.has(v))
            problems.push(
              `${where(key, r, path)}: "${String(v)}" is not a ${enumName} (${[...allowed].join(', ')})`,
            );
      }
    expectNoProblems(problems);
  });

  it("codes security events after ACLED's table", () => {
    const problems: string[] = [];
    const subEvents = sdl.enums.get('SubEventType') ?? new Set<string>();
    const tabled = new Set(Object.values(ACLED_SUB_EVENTS).flat());
    for (const s of subEvents)
      if (!tabled.has(s)) problems.push(`SDL SubEventType ${s} is missing from the test's ACLED table`);
    for (const r of data.securityEvents) {
      const et = String(r.eventType);
      if (!(ACLED_SUB_EVENTS[et] ?? []).includes(String(r.subEventType)))
        problems.push(
          `${where('securityEvents', r, 'subEventType')}: ${String(r.subEventType)} does not belong to ${et}`,
        );
      if (!(ACLED_DISORDER[et] ?? []).includes(String(r.disorderType)))
        problems.push(
          `${where('securityEvents', r, 'disorderType')}: ${String(r.disorderType)} does not go with ${et}`,
        );
      const actors = valuesAt(r, 'actors[]');
      if (actors.length > 0 && !actors.some(([, a]) => (a as Rec).role === 'ACTOR1'))
        problems.push(`${where('securityEvents', r, 'actors')}: no ACTOR1`);
      if (typeof r.cameoCode === 'string')
        problems.push(`${where('securityEvents', r, 'cameoCode')}: not a security-event field`);
    }
    for (const r of data.engagements)
      if (typeof r.cameoCode !== 'string' || !/^\d{2,4}$/.test(r.cameoCode))
        problems.push(
          `${where('engagements', r, 'cameoCode')}: "${String(r.cameoCode)}" is not a CAMEO code`,
        );
    expectNoProblems(problems);
  });

  it('has no duplicate ids, names or events', () => {
    const problems: string[] = [];
    for (const key of Object.keys(DATA_FILES) as DataKey[]) {
      const ids = new Map<string, number>();
      const names = new Map<string, string>();
      for (const r of data[key]) {
        const id = idOf(key, r);
        ids.set(id, (ids.get(id) ?? 0) + 1);
        const label = typeof r.name === 'string' ? r.name : typeof r.title === 'string' ? r.title : undefined;
        const aliases = Array.isArray(r.aliases) ? (r.aliases as unknown[]).map(String) : [];
        const own = new Set(
          [label, ...aliases].filter((x): x is string => !!x).map((x) => x.trim().toLowerCase()),
        );
        for (const n of own) {
          const other = names.get(n);
          if (other !== undefined && other !== id)
            problems.push(`${where(key, r, 'name/aliases')}: "${n}" is also a name or alias of ${other}`);
          else names.set(n, id);
        }
      }
      for (const [id, count] of ids)
        if (count > 1) problems.push(`${DATA_FILES[key].path} › ${id}: id used ${count} times`);
    }
    const seen = new Map<string, string>();
    for (const r of data.securityEvents) {
      const place = typeof r.place === 'string' ? r.place : '(no place)';
      const k = `${String(r.date)}|${place}|${String(r.eventType)}`;
      const other = seen.get(k);
      if (other)
        problems.push(`${where('securityEvents', r, 'date/place/eventType')}: same as ${other} (${k})`);
      else seen.set(k, String(r.id));
    }
    expectNoProblems(problems);
  });
});
