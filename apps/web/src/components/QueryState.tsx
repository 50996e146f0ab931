import type { ReactNode } from 'react';
import { describeError } from '../lib/errors';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** A failure the reader should notice: what did not load, in the server's words. */
export function ErrorNotice({ error, what }: { error: unknown; what: string }) {
  return (
    <div className="notice error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {describeError(error)}
      </p>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
