import type { ResultOf } from '@graphql-typed-document-node/core';
import { GraphErrors, type Client, type GraphError } from './client.js';
import { CountrySummary, SecurityEventsPage } from './operations.js';

/** A country's security events counted by year, from every page of the list. */
export interface EventsReport {
  country: { code: string; name: string | null };
  /** What the list says it holds, across all pages. */
  totalCount: number;
  /** How many pages were fetched to walk it. */
  pages: number;
  /** Events and reported fatalities per year, newest year first. */
  years: { year: number; events: number; fatalities: number }[];
  /** Parts of the answer that did not come, with the error that says why (partial data). */
  missing: { part: string; error: GraphError }[];
}

/**
 * Walks a country's security events page by page (`after: pageInfo.endCursor` until
 * `hasNextPage` is false) and counts them by year. The country's name comes from another
 * subgraph; if that one is down the report still comes, with the part named in `missing`.
 */
export async function eventsReport(client: Client, code: string, pageSize = 50): Promise<EventsReport> {
  const summary = await client(CountrySummary, { code });
  const missing = missingParts(summary.errors, ['reference', 'security']);
  const byYear = new Map<number, { events: number; fatalities: number }>();

  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const events = await eventsPage(client, code, pageSize, after);
    pages += 1;
    totalCount = events.totalCount;
    for (const event of events.nodes) {
      const year = Number(event.date.slice(0, 4));
      const counts = byYear.get(year) ?? { events: 0, fatalities: 0 };
      counts.events += 1;
      counts.fatalities += event.fatalities ?? 0;
      byYear.set(year, counts);
    }
    if (!events.pageInfo.hasNextPage) break;
    after = events.pageInfo.endCursor;
  }

  return {
    country: { code, name: summary.data?.reference?.name ?? null },
    totalCount,
    pages,
    years: [...byYear].map(([year, counts]) => ({ year, ...counts })).sort((a, b) => b.year - a.year),
    missing,
  };
}

type EventsPage = NonNullable<ResultOf<typeof SecurityEventsPage>['securityEvents']>;

/**
 * One page of a country's events. The list is this request's only part, so a null list (its
 * subgraph did not answer, or it refused an argument such as `after`) fails the whole call.
 */
export async function eventsPage(client: Client, country: string, first: number, after: string | null): Promise<EventsPage> {
  const page = await client(SecurityEventsPage, { country, first, after });
  if (!page.data?.securityEvents) throw new GraphErrors(page.errors);
  return page.data.securityEvents;
}

/** The aliased parts that an error's path points into: those came back null for that reason. */
function missingParts(errors: GraphError[], parts: string[]): EventsReport['missing'] {
  return errors.flatMap((error) => {
    const part = error.path?.[0];
    return typeof part === 'string' && parts.includes(part) ? [{ part, error }] : [];
  });
}

/** The report as text, one line per year. */
export function formatReport(report: EventsReport): string {
  const name = report.country.name ?? `${report.country.code} (name not loaded)`;
  const lines = [
    `${name}: ${report.totalCount} security events, walked in ${report.pages} page${report.pages === 1 ? '' : 's'}`,
    ...report.years.map(({ year, events, fatalities }) => `  ${year}  ${String(events).padStart(4)} events  ${String(fatalities).padStart(5)} fatalities`),
    ...report.missing.map(({ part, error }) => `  not loaded: ${part} (${error.extensions?.code ?? 'error'}${serviceOf(error)})`),
  ];
  return lines.join('\n');
}

function serviceOf(error: GraphError): string {
  const name = error.extensions?.['serviceName'];
  return typeof name === 'string' ? `, ${name} subgraph` : '';
}
