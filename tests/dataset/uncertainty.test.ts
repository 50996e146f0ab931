// Uncertainty and disagreement in the curated dataset: qualifiers agree with their figures, statuses
// with their dates and sources, and every claim in a service's claims.json is cited verbatim and
// says which value its record uses.
import { describe, expect, it } from 'vitest';
import { articleSections, loadData, normaliseText, readRepoFile, sourcesPresent } from './dataset.js';
import type { Rec } from './dataset.js';

const data = loadData();

/** Each service's claims file, with the data key of every record type its claims may be about. */
const CLAIM_FILES: { path: string; types: Record<string, Rec[]> }[] = [
  {
    path: 'services/security/data/claims.json',
    types: { SecurityEvent: data.securityEvents, MilitaryFacility: data.militaryFacilities },
  },
  {
    path: 'services/reference/data/claims.json',
    types: { Organization: data.organizations, Estimate: data.estimates },
  },
];

function readClaims(path: string): Rec[] {
  return JSON.parse(readRepoFile(path)) as Rec[];
}

function expectNoProblems(problems: string[]): void {
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
}

const VIOLENT = new Set(['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS']);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The last day of the period a date and its precision name. */
function periodEnd(date: string, precision: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (precision === 'YEAR') return `${date.slice(0, 4)}-12-31`;
  if (precision === 'MONTH') {
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return end.toISOString().slice(0, 10);
  }
  if (precision === 'WEEK') return new Date(d.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  return date;
}

const sources = new Map(data.sourceDocuments.map((doc) => [String(doc.id), doc]));
/** The first and last day a source may have been published on. */
function publication(id: string): { first: string; last: string } | undefined {
  const doc = sources.get(id);
  if (!doc) return undefined;
  const on = String(doc.publishedOn);
  return { first: on, last: periodEnd(on, String(doc.datePrecision)) };
}
const citedSources = (r: Rec): string[] =>
  Array.isArray(r.citations) ? (r.citations as Rec[]).map((c) => String(c.source)) : [];

describe('uncertainty as data', () => {
  it('gives every violent event a fatality qualifier that agrees with its figures', () => {
    const problems: string[] = [];
    for (const e of data.securityEvents) {
      const at = `security-events.json › ${String(e.id)}`;
      const q = typeof e.fatalitiesQualifier === 'string' ? e.fatalitiesQualifier : null;
      const [value, low, high] = [num(e.fatalities), num(e.fatalitiesLow), num(e.fatalitiesHigh)];
      if (VIOLENT.has(String(e.eventType)) && typeof q !== 'string')
        problems.push(`${at}: a violent event without fatalitiesQualifier`);
      if (q === null) {
        if (low !== null || high !== null) problems.push(`${at}: low/high without a qualifier`);
        continue;
      }
      if (q === 'UNKNOWN' && value !== null) problems.push(`${at}: UNKNOWN with a figure (${value})`);
      if (q !== 'UNKNOWN' && value === null) problems.push(`${at}: ${q} with no figure`);
      if (value !== null && ((low !== null && low > value) || (high !== null && high < value)))
        problems.push(`${at}: ${value} outside its range ${String(low)}..${String(high)}`);
      const quotes = citedSources(e).length
        ? (e.citations as Rec[]).map((c) => normaliseText(String(c.quote)))
        : [];
      if (q === 'AT_LEAST' && !quotes.some((quote) => /more than|at least|over /i.test(quote)))
        problems.push(`${at}: AT_LEAST but no citation says "more than" or "at least"`);
    }
    for (const e of data.securityEvents) {
      const hasSize = e.forceSize !== undefined && e.forceSize !== null;
      const hasQ = typeof e.forceSizeQualifier === 'string';
      if (hasSize !== hasQ && e.forceSizeQualifier !== 'UNKNOWN')
        problems.push(
          `security-events.json › ${String(e.id)}: forceSize and forceSizeQualifier come together`,
        );
    }
    expectNoProblems(problems);
  });

  it('dates announced events after their reports and reported ones before', () => {
    const problems: string[] = [];
    const check = (file: string, r: Rec, status: unknown, start: unknown, precision: unknown): void => {
      const at = `${file} › ${String(r.id)}`;
      const begins = String(start);
      const ends = periodEnd(begins, String(precision));
      const pubs = citedSources(r)
        .map(publication)
        .filter((p): p is { first: string; last: string } => p !== undefined);
      if (pubs.length === 0) return;
      // an invitation is reported after the fact; whether the visit followed is what it leaves open
      if (status === 'INVITED') return;
      if (status === 'SCHEDULED' || status === 'PLANNED') {
        // announced: the moment had not passed when the earliest report was written
        const earliest = pubs.map((p) => p.first).sort()[0] ?? '';
        if (ends < earliest)
          problems.push(`${at}: ${String(status)} but it falls before its report (${earliest})`);
      } else {
        // reported: the moment began no later than the latest report
        const latest =
          pubs
            .map((p) => p.last)
            .sort()
            .at(-1) ?? '';
        if (begins > latest)
          problems.push(`${at}: ${String(status)} but dated after every report (${latest})`);
      }
    };
    for (const e of data.securityEvents) {
      check('security-events.json', e, e.status, e.date, e.datePrecision);
      if (e.dateQualifier === 'WITHIN' && typeof e.dateEnd !== 'string')
        problems.push(`security-events.json › ${String(e.id)}: WITHIN needs dateEnd`);
    }
    for (const e of data.engagements) {
      check('engagements.json', e, e.status ?? 'REPORTED', e.startDate, e.datePrecision);
      if (e.dateQualifier === 'WITHIN' && typeof e.endDate !== 'string')
        problems.push(`engagements.json › ${String(e.id)}: WITHIN needs endDate`);
    }
    expectNoProblems(problems);
  });
});

describe('home countries of organisations', () => {
  it("copies each organisation's home country onto the parties, participants and stakeholders that name it", () => {
    const home = new Map(
      data.organizations.map((o) => [String(o.id), typeof o.country === 'string' ? o.country : null]),
    );
    const problems: string[] = [];
    const check = (file: string, r: Rec, list: string): void => {
      const items = Array.isArray(r[list]) ? (r[list] as Rec[]) : [];
      items.forEach((item, i) => {
        if (typeof item.organization !== 'string') return;
        const expected = home.get(item.organization) ?? null;
        const copied = typeof item.organizationCountry === 'string' ? item.organizationCountry : null;
        if (copied !== expected)
          problems.push(
            `${file} › ${String(r.id)} › ${list}[${i}].organizationCountry: ${String(copied)}, but ${item.organization} is from ${String(expected)}`,
          );
      });
    };
    for (const a of data.agreements) check('agreements.json', a, 'parties');
    for (const e of data.engagements) check('engagements.json', e, 'participants');
    for (const p of data.energyProjects) check('energy-projects.json', p, 'stakeholders');
    expectNoProblems(problems);
  });

  it('keeps every estimate inside its own range', () => {
    const problems: string[] = [];
    for (const e of data.estimates) {
      const [value, low, high] = [num(e.value), num(e.low), num(e.high)];
      const at = `estimates.json › ${String(e.id)}`;
      if ((e.qualifier === 'UNKNOWN') !== (value === null))
        problems.push(`${at}: qualifier and value disagree`);
      if (value !== null && ((low !== null && low > value) || (high !== null && value > high)))
        problems.push(`${at}: ${value} outside ${String(low)}..${String(high)}`);
    }
    expectNoProblems(problems);
  });

  it('qualifies every stated capacity', () => {
    const problems = data.energyProjects
      .filter((p) => typeof p.capacityMw === 'number' && typeof p.capacityQualifier !== 'string')
      .map((p) => `energy-projects.json › ${String(p.id)}: capacityMw without capacityQualifier`);
    expectNoProblems(problems);
  });
});

describe('disagreement as data', () => {
  it('cites every claim verbatim, about a record that exists, with one claim used per field', () => {
    const problems: string[] = [];
    const articles = new Map<string, string>();
    if (sourcesPresent)
      for (const doc of data.sourceDocuments) {
        const text = articleSections(String(doc.file))[Number(doc.section)];
        if (text !== undefined) articles.set(String(doc.id), normaliseText(text));
      }
    for (const { path, types } of CLAIM_FILES) {
      const claims = readClaims(path);
      const groups = new Map<string, Rec[]>();
      claims.forEach((claim, i) => {
        const at = `${path} › [${i}] ${String(claim.recordType)} ${String(claim.recordId)}.${String(claim.field)}`;
        const records = types[String(claim.recordType)];
        if (!records) return void problems.push(`${at}: unknown record type`);
        const rec = records.find((r) => r.id === claim.recordId);
        if (!rec) return void problems.push(`${at}: no such record`);
        const citation = (claim.citation ?? {}) as Rec;
        const article = articles.get(String(citation.source));
        if (!sources.has(String(citation.source)))
          problems.push(`${at}: unknown source ${String(citation.source)}`);
        else if (sourcesPresent && !article?.includes(normaliseText(String(citation.quote))))
          problems.push(
            `${at}: quote not verbatim in ${String(citation.source)}: "${String(citation.quote)}"`,
          );
        const key = `${String(claim.recordType)} ${String(claim.recordId)} ${String(claim.field)}`;
        groups.set(key, [...(groups.get(key) ?? []), claim]);
        // the used claim's value is the record's, for fields the record holds as one value
        const held = rec[String(claim.field)];
        const holds = String(held) === claim.value || String(held).startsWith(`${String(claim.value)}-`); // 2021-07 holds 2021-07-01
        if (claim.used === true && (typeof held === 'string' || typeof held === 'number') && !holds)
          problems.push(`${at}: used, but the record holds ${String(held)}, not ${String(claim.value)}`);
        if (claim.used === false && (typeof claim.reason !== 'string' || claim.reason.trim() === ''))
          problems.push(`${at}: a claim the record does not use says why`);
      });
      for (const [key, group] of groups) {
        const used = group.filter((claim) => claim.used === true).length;
        const [type, id, field] = key.split(' ');
        const rec = (types[type ?? ''] ?? []).find((r) => r.id === id);
        // a field the record holds uses exactly one claim; one it does not hold (an organisation's
        // founding) uses none, and each claim says why
        const holds = rec !== undefined && rec[field ?? ''] !== undefined && rec[field ?? ''] !== null;
        if (used !== (holds ? 1 : 0))
          problems.push(
            `${path} › ${key}: ${used} claims used; ${holds ? 'exactly one is' : 'the record holds no such field, so none is'}`,
          );
      }
    }
    expectNoProblems(problems);
  });

  it('keeps the disagreements the articles are known for side by side', () => {
    const all = CLAIM_FILES.flatMap(({ path }) => readClaims(path));
    const disputed = (type: string, id: string, field: string): boolean =>
      new Set(
        all
          .filter((c) => c.recordType === type && c.recordId === id && c.field === field)
          .map((c) => String(c.value)),
      ).size > 1;
    expect(disputed('MilitaryFacility', 'vakhon-chinese-funded-outpost', 'costUsd')).toBe(true);
    expect(disputed('MilitaryFacility', 'shaymak-chinese-military-base', 'place')).toBe(true);
    expect(disputed('SecurityEvent', '2021-07-badakhshan-taliban-deploys-ansarullah', 'date')).toBe(true);
    expect(disputed('Estimate', 'tajik-afghan-border-length', 'value')).toBe(true);
    expect(disputed('Estimate', 'ethnic-tajik-share-afghanistan', 'value')).toBe(true);
    expect(disputed('Organization', 'jamaat-ansarullah', 'founded')).toBe(true);
  });

  it('keeps reportedCosts and the cost claims in step', () => {
    const claims = readClaims('services/security/data/claims.json');
    const problems: string[] = [];
    for (const f of data.militaryFacilities) {
      const costs = Array.isArray(f.reportedCosts) ? (f.reportedCosts as Rec[]) : [];
      const claimed = claims
        .filter((c) => c.recordId === f.id && c.field === 'costUsd')
        .map((c) => Number(c.value));
      const reported = costs.map((c) => Number(c.amountUsd));
      if ([...claimed].sort().join() !== [...reported].sort().join())
        problems.push(
          `${String(f.id)}: reportedCosts ${reported.join(', ')} but cost claims ${claimed.join(', ')}`,
        );
    }
    expectNoProblems(problems);
  });
});
