import { useQuery } from '@apollo/client/react';
import { BarChart } from '../../components/BarChart';
import { ErrorNotice, Loading } from '../../components/QueryState';
import type { SecurityEventFilter } from '../../generated/graphql';
import { enumValues } from '../../lib/enums';
import { label } from '../../lib/format';
import { monthBucket } from '../../lib/months';
import { SecurityEventsChartQuery } from './queries';

/** Events per month, stacked by event type, for the filter the table shows. */
export function EventsByMonthChart({ filter, showErrors }: { filter: SecurityEventFilter; showErrors: boolean }) {
  const { data, loading, error } = useQuery(SecurityEventsChartQuery, { variables: { filter } });
  if (loading && !data) return <Loading what="the chart" />;
  if (!data?.securityEvents) return showErrors && error ? <ErrorNotice error={error} what="the chart" /> : null;
  const events = data.securityEvents.nodes;
  if (!events.length) return null;

  const counts = new Map<string, number>();
  const months = new Map<string, string>();
  for (const event of events) {
    const bucket = monthBucket(event.date, event.datePrecision);
    months.set(bucket.key, bucket.label);
    counts.set(`${bucket.key}|${event.eventType}`, (counts.get(`${bucket.key}|${event.eventType}`) ?? 0) + 1);
  }
  const categories = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, text]) => ({ key, label: text }));
  const truncated = data.securityEvents.totalCount > events.length;
  return (
    <BarChart
      caption="Security events per month, by event type"
      categories={categories}
      series={enumValues.EventType.map((type) => ({ key: type, label: label(type) }))}
      value={(month, type) => counts.get(`${month}|${type}`) ?? 0}
      note={`Months with no events are left out.${truncated ? ` Counts the ${events.length} most recent of ${data.securityEvents.totalCount} events.` : ''}`}
    />
  );
}
