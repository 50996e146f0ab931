import { colourOf } from '../lib/colours';

export interface BarChartProps {
  /** Says what the chart shows; it is the figure's caption. */
  caption: string;
  categories: readonly { key: string; label: string }[];
  series: readonly { key: string; label: string }[];
  value: (category: string, series: string) => number;
  format?: (value: number) => string;
  note?: string;
}

/**
 * Horizontal stacked bars drawn with HTML and CSS, so they reflow at any width, plus the numbers
 * as a real table for screen readers and for anyone who wants the figures.
 */
export function BarChart({ caption, categories, series, value, format = String, note }: BarChartProps) {
  const totals = categories.map((c) => series.reduce((sum, s) => sum + value(c.key, s.key), 0));
  const max = Math.max(1, ...totals);
  const usedSeries = series.filter((s) => categories.some((c) => value(c.key, s.key) > 0));
  return (
    <figure className="bar-chart">
      <figcaption>{caption}</figcaption>
      <ul className="legend" aria-label="Legend">
        {usedSeries.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: colourOf(s.key) }} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
      <div className="bars" aria-hidden="true">
        {categories.map((c, i) => (
          <div className="bar-row" key={c.key}>
            <span className="bar-label">{c.label}</span>
            <span className="bar-track">
              {usedSeries.map((s) => {
                const v = value(c.key, s.key);
                if (v <= 0) return null;
                return (
                  <span
                    key={s.key}
                    className="bar-segment"
                    title={`${c.label}, ${s.label}: ${format(v)}`}
                    style={{ width: `${(v / max) * 100}%`, background: colourOf(s.key) }}
                  />
                );
              })}
              <span className="bar-total">{format(totals[i] ?? 0)}</span>
            </span>
          </div>
        ))}
      </div>
      {note ? <p className="muted chart-note">{note}</p> : null}
      <details className="chart-data">
        <summary>The numbers behind this chart</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {usedSeries.map((s) => (
                  <th scope="col" key={s.key}>
                    {s.label}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c, i) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  {usedSeries.map((s) => (
                    <td key={s.key}>{format(value(c.key, s.key))}</td>
                  ))}
                  <td>{format(totals[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
