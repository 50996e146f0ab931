import type { ReactNode } from 'react';

/** A heading whose level depends on where the record is shown: h1 on its page, h2 in the map's panel. */
export function Heading({ level, children, id }: { level: 1 | 2; children: ReactNode; id?: string }) {
  return level === 1 ? <h1 id={id}>{children}</h1> : <h2 id={id}>{children}</h2>;
}

/** Facts about a record as a description list; rows with no value are left out. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
