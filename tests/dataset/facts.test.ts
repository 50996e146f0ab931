// The fact table (services/reference/data/FACTS.md) against the data files: every record it names
// exists, every record is named in it, every fact has a record or a reason, and every organisation
// without a home country is explained there.
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadData, readRepoFile } from './dataset.js';
import type { DataKey, Rec } from './dataset.js';

const FACTS = 'services/reference/data/FACTS.md';
const data = loadData();

interface Row {
  id: string;
  records: string[];
  reason: string;
}

/** Table rows whose first cell is a fact id (`000.5-03`, `002-11`, `org-01`, `fix-04`). */
function rows(): Row[] {
  const out: Row[] = [];
  for (const line of readRepoFile(FACTS).split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // a row `| # | ... |` splits into ['', '#', ..., '']
    const id = cells[1] ?? '';
    if (!/^(\d{3}(\.\d)?-\d{2}|org-\d{2}|fix-\d{2})$/.test(id)) continue;
    const inner = cells.slice(1, -1);
    const factRow = /^\d/.test(id);
    const recordCell = factRow ? inner[3] : inner[1];
    const reason = (factRow ? inner[4] : inner[2]) ?? '';
    const records = [...(recordCell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    out.push({ id, records, reason });
  }
  return out;
}

const table = rows();
const idOf = (key: DataKey, r: Rec): string => String(key === 'countries' ? r.code : r.id);
const allIds = new Map<string, DataKey>();
for (const key of Object.keys(DATA_FILES) as DataKey[])
  for (const r of data[key]) allIds.set(idOf(key, r), key);

function expectNoProblems(problems: string[]): void {
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
}

describe('fact table', () => {
  it('has rows for every article', () => {
    const articles = new Set(table.filter((r) => /^\d/.test(r.id)).map((r) => r.id.split('-')[0]));
    const expected = data.sourceDocuments.map((doc) => {
      const file = String(doc.file).slice(0, 3);
      return file === '000' ? `${file}.${String(doc.section)}` : file;
    });
    expectNoProblems(
      expected.filter((a) => !articles.has(a)).map((a) => `${FACTS}: no facts for article ${a}`),
    );
  });

  it('uses each fact id once', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const r of table) {
      if (seen.has(r.id)) problems.push(`${FACTS} › ${r.id}: used twice`);
      seen.add(r.id);
    }
    expectNoProblems(problems);
  });

  it('gives every fact a record or a reason', () => {
    expectNoProblems(
      table
        .filter((r) => r.records.length === 0 && r.reason === '')
        .map((r) => `${FACTS} › ${r.id}: neither a record nor a reason`),
    );
  });

  it('names only records that exist', () => {
    const problems: string[] = [];
    for (const r of table)
      for (const id of r.records)
        if (!allIds.has(id)) problems.push(`${FACTS} › ${r.id}: "${id}" is not a record id`);
    expectNoProblems(problems);
  });

  it('names every record at least once', () => {
    const named = new Set(table.flatMap((r) => r.records));
    const problems: string[] = [];
    for (const [id, key] of allIds)
      if (key !== 'sourceDocuments' && !named.has(id))
        problems.push(`${DATA_FILES[key].path} › ${id}: not named in ${FACTS}`);
    expectNoProblems(problems);
  });

  it('explains every organisation without a home country', () => {
    const explained = new Set(
      table.filter((r) => r.id.startsWith('org-') && r.reason !== '').flatMap((r) => r.records),
    );
    const problems: string[] = [];
    for (const org of data.organizations) {
      const id = String(org.id);
      if (typeof org.country === 'string') {
        if (explained.has(id)) problems.push(`${FACTS}: ${id} has a country but is listed as having none`);
      } else if (!explained.has(id))
        problems.push(
          `${DATA_FILES.organizations.path} › ${id}: no country, and no row in ${FACTS} says why`,
        );
    }
    expectNoProblems(problems);
  });
});
