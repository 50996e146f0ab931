import { label } from '../lib/format';

/** One source's value for a field, as the views ask for it. */
export interface ClaimView {
  field: string;
  value: string;
  used: boolean;
  reason?: string | null;
  citation: { quote: string; source: { id: string; publisher: string } };
}

/**
 * Where the sources disagree: for each field with claims, every source's value with its quote, the
 * one the record uses marked, and why. Nothing when there are no claims.
 */
export function Claims({ claims }: { claims: readonly ClaimView[] }) {
  if (!claims.length) return null;
  const fields = [...new Set(claims.map((claim) => claim.field))];
  return (
    <section className="claims" aria-label="Where reports differ">
      <h3>Where reports differ</h3>
      {fields.map((field) => (
        <div key={field}>
          <h4>{label(field)}</h4>
          <ul>
            {claims
              .filter((claim) => claim.field === field)
              .map((claim, i) => (
                <li key={`${claim.citation.source.id}-${i}`}>
                  <strong>{claim.value}</strong>
                  {claim.used ? <span className="muted"> (the value this record uses)</span> : null}:{' '}
                  {claim.citation.source.publisher}, “{claim.citation.quote}”
                  {claim.reason ? <span className="muted"> — {claim.reason}</span> : null}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
