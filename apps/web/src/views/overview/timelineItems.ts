import type { DatePrecision, OverviewQuery } from '../../generated/graphql';
import { label } from '../../lib/format';

export type Domain = 'security' | 'diplomacy' | 'energy';
export const domains: readonly Domain[] = ['security', 'diplomacy', 'energy'];
export const domainLabels: Record<Domain, string> = {
  security: 'Security events',
  diplomacy: 'Engagements and agreements',
  energy: 'Project milestones',
};

export interface TimelineItem {
  key: string;
  domain: Domain;
  date: string;
  precision: DatePrecision;
  kind: string;
  title: string;
  href: string;
}

/** The three domains' dated records as one list, newest first, within [from, to] where given. */
export function timelineItems(data: OverviewQuery | undefined, range: { from?: string; to?: string }): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of data?.security?.securityEvents?.nodes ?? []) {
    items.push({ key: `e:${event.id}`, domain: 'security', date: event.date, precision: event.datePrecision, kind: label(event.eventType), title: event.title, href: `/events/${event.id}` });
  }
  for (const engagement of data?.diplomacy?.engagements?.nodes ?? []) {
    items.push({ key: `g:${engagement.id}`, domain: 'diplomacy', date: engagement.startDate, precision: engagement.datePrecision, kind: label(engagement.kind), title: engagement.title, href: `/engagements/${engagement.id}` });
  }
  for (const agreement of data?.diplomacy?.agreements?.nodes ?? []) {
    if (!agreement.signedOn) continue;
    items.push({ key: `a:${agreement.id}`, domain: 'diplomacy', date: agreement.signedOn, precision: agreement.datePrecision, kind: `Agreement ${label(agreement.status).toLowerCase()}`, title: agreement.title, href: `/agreements/${agreement.id}` });
  }
  for (const project of data?.energy?.energyProjects?.nodes ?? []) {
    for (const [i, milestone] of project.milestones.entries()) {
      // Projects have no date filter in the graph; their milestones are filtered here.
      if (range.from && milestone.date < range.from) continue;
      if (range.to && milestone.date > range.to) continue;
      items.push({ key: `m:${project.id}:${i}`, domain: 'energy', date: milestone.date, precision: milestone.datePrecision, kind: `Milestone: ${project.name}`, title: milestone.description, href: `/projects/${project.id}` });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
