import { describeError } from '../lib/errors';

/** Which subgraph each part of a page comes from, in words for the reader. */
export const partLabels = {
  reference: 'reference data (names, places, people)',
  security: 'security events and facilities',
  diplomacy: 'agreements and engagements',
  energy: 'energy projects and targets',
} as const;

export type Part = keyof typeof partLabels;

/** Said when some subgraphs answered and some did not: what is shown, and what is missing. */
export function PartialNotice({ failed, error }: { failed: readonly Part[]; error: unknown }) {
  if (!failed.length) return null;
  return (
    <div className="notice warning" role="alert">
      <p>
        <strong>Part of this page did not load:</strong> {failed.map((part) => partLabels[part]).join('; ')}. The{' '}
        {failed.length === 1 ? 'service behind it' : 'services behind them'} did not answer; everything else on this page
        is shown.
      </p>
      <p className="muted">Server said: {describeError(error)}</p>
    </div>
  );
}

/** Stands in for a section whose subgraph did not answer. */
export function MissingSection({ part }: { part: Part }) {
  return (
    <p className="notice warning inline" role="note">
      Not loaded: {partLabels[part]} (the {part} service did not answer).
    </p>
  );
}
