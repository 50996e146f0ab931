import { useCallback, useState } from 'react';

// What a write form keeps while the reader fills it in: a draft of plain values (strings as typed,
// '' for "not chosen"), lists of rows with a key each, and the row keys as last sent, since the
// server's paths count rows as they were sent (`input.actors.1`).

/** A row of a list in a draft (an actor, a citation): its key stays with it when others go. */
export interface Row {
  key: string;
}

let rowCount = 0;
/** A key no other row of this page has. */
export const rowKey = () => `row${++rowCount}`;

/** The keys of the draft's row lists. */
type RowLists<D> = { [K in keyof D]: D[K] extends readonly Row[] ? K : never }[keyof D];
type RowOf<D, L extends RowLists<D>> = D[L] extends readonly (infer R)[] ? R : never;

/** A draft with setters for its fields and its rows, and the paths of its rows as last sent. */
export function useDraft<D extends object>(initial: () => D, prefix: string) {
  const [draft, setDraft] = useState(initial);
  const [sent, setSent] = useState<Partial<Record<RowLists<D>, string[]>>>({});

  const set = useCallback(<K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value })), []);
  const update = useCallback((change: (draft: D) => Partial<D>) => setDraft((d) => ({ ...d, ...change(d) })), []);
  const rows = <L extends RowLists<D>>(draftValue: D, list: L) => draftValue[list] as unknown as RowOf<D, L>[];
  const setRow = <L extends RowLists<D>>(list: L, key: string, changes: Partial<RowOf<D, L>>) =>
    setDraft((d) => ({ ...d, [list]: rows(d, list).map((row) => ((row as Row).key === key ? { ...(row as object), ...changes } : row)) }));
  const addRow = <L extends RowLists<D>>(list: L, row: RowOf<D, L>) => setDraft((d) => ({ ...d, [list]: [...rows(d, list), row] }));
  const removeRow = <L extends RowLists<D>>(list: L, key: string) =>
    setDraft((d) => ({ ...d, [list]: rows(d, list).filter((row) => (row as Row).key !== key) }));

  /** Remembers the row keys of every list as they are about to be sent. */
  const markSent = (lists: readonly RowLists<D>[]) =>
    setSent(Object.fromEntries(lists.map((list) => [list, rows(draft, list).map((row) => (row as Row).key)])) as typeof sent);

  /**
   * The path the server names a row by (`input.actors.1`): its index as last sent, or a segment no
   * server message can name for a row added since.
   */
  const rowPath = (list: RowLists<D>, key: string) => {
    const index = (sent[list] ?? []).indexOf(key);
    return `${prefix}.${String(list)}.${index >= 0 ? String(index) : `new-${key}`}`;
  };

  return { draft, set, update, setRow, addRow, removeRow, markSent, rowPath };
}
