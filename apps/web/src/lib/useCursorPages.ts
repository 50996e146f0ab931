import { useState } from 'react';

/** Where the reader is in a paged list, and how to move. */
export interface CursorPages {
  after: string | null;
  offset: number;
  hasPrevious: boolean;
  next: (endCursor: string) => void;
  previous: () => void;
}

/**
 * Forward and back over a Relay connection: the graph gives `endCursor` to go forward; going back
 * reuses the cursors already seen. A new `resetKey` (a changed filter) starts again at page one.
 */
export function useCursorPages(pageSize: number, resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const page = cursors.length - 1;
  return {
    after: cursors[page] ?? null,
    offset: page * pageSize,
    hasPrevious: page > 0,
    next: (endCursor: string) => setState({ key: resetKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}
