import { colourOf } from '../../lib/colours';
import { formatDate } from '../../lib/format';
import { groupBy } from '../../lib/group';
import { Link } from '../../router';
import { domainLabels, domains, type TimelineItem } from './timelineItems';

/**
 * The three domains on one time axis: a strip with one lane per domain (the shape of the record at
 * a glance), then the same records as a list grouped by year (what a reader or screen reader reads).
 */
export function Timeline({ items }: { items: readonly TimelineItem[] }) {
  if (!items.length) return <p className="empty">Nothing dated in this range for the chosen domains.</p>;
  const years = items.map((item) => Number(item.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const position = (date: string) => {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return ((y + (m - 1) / 12 + (d - 1) / 365 - first) / (last - first)) * 100;
  };
  // At most about seven year marks, so they stay apart on a phone.
  const step = Math.max(1, Math.ceil((last - first) / 6));
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((year) => (year - first) % step === 0);
  const byYear = groupBy(items, (item) => item.date.slice(0, 4));

  return (
    <div className="timeline">
      <div className="timeline-strip" aria-hidden="true">
        {domains.map((domain) => (
          <div className="timeline-lane" key={domain}>
            <span className="lane-label">{domainLabels[domain]}</span>
            <span className="lane-track">
              {items
                .filter((item) => item.domain === domain)
                .map((item) => (
                  <span
                    key={item.key}
                    className="timeline-dot"
                    title={`${formatDate(item.date, item.precision)}: ${item.title}`}
                    style={{ left: `${position(item.date)}%`, background: colourOf(domain) }}
                  />
                ))}
            </span>
          </div>
        ))}
        <div className="timeline-axis">
          <span className="lane-label" />
          <span className="lane-track">
            {ticks.map((year) => (
              <span key={year} className="tick" style={{ left: `${position(`${year}-01-01`)}%` }}>
                {year}
              </span>
            ))}
          </span>
        </div>
      </div>
      <ol className="timeline-list">
        {[...byYear.entries()].map(([year, entries]) => (
          <li key={year}>
            <h3 className="timeline-year">{year}</h3>
            <ol>
              {entries.map((item) => (
                <li key={item.key} className={`timeline-item domain-${item.domain}`}>
                  <span className="domain-mark" style={{ background: colourOf(item.domain) }} aria-hidden="true" />
                  <time dateTime={item.date}>{formatDate(item.date, item.precision)}</time>
                  <span className="timeline-kind">{item.kind}</span>
                  <Link href={item.href}>{item.title}</Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
