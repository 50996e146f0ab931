import type { FetcherRequestInit } from '@apollo/utils.fetcher';
import { requestIdHeader } from '@pamir/server';

/**
 * A subgraph's answer as read off the wire: status, headers and the whole body as text. Frozen and
 * made only of strings, so one answer can be handed to every merged caller: each builds its own
 * `Response` from it and parses its own copy of the JSON (no object is shared between callers).
 */
export interface SubgraphAnswer {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

export type Send = (url: string, init: FetcherRequestInit) => Promise<SubgraphAnswer>;

/**
 * Merges identical subgraph queries that are in flight at the same moment: the first is sent, the
 * ones that arrive while it runs wait for its answer instead of sending their own. The map holds a
 * request only while it is in flight (it is deleted before any caller sees the answer), so nothing
 * is cached, nothing outlives the request, and each gateway process merges only its own requests:
 * any number of copies can run side by side.
 *
 * Two requests are merged only when everything that can change the answer is the same (see
 * `mergeKey`), and only when the request is certainly a query (see `isQueryBody`).
 */
export function mergeInFlight(send: Send, onMerged: () => void = () => {}): Send {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return (url, init) => {
    const key = mergeKey(url, init);
    if (key === undefined) return send(url, init);
    const pending = inFlight.get(key);
    if (pending) {
      onMerged();
      // Its own error object: a caller that decorates what it caught cannot touch another's.
      return pending.catch((error: unknown) => Promise.reject(copyOfError(error)));
    }
    // `finally` runs before any caller resumes, so a retry after a failure starts a new request
    // instead of joining the one that failed.
    const sent = send(url, init).finally(() => inFlight.delete(key));
    inFlight.set(key, sent);
    return sent;
  };
}

/**
 * What makes two subgraph requests the same question: method, URL, body (query, variables,
 * operation name, extensions) and every header but one. Headers are an exclusion list, not an
 * allow-list, so a header added later makes requests differ until someone decides otherwise.
 * `Authorization` is part of the key: the subgraphs check it themselves and may answer two callers
 * differently.
 *
 * Left out: the request id (`x-request-id`). The gateway gives every client request a fresh one, so
 * keeping it would merge nothing. It does not change the answer: a subgraph uses it only to name
 * the request in its logs and in its own response header, which the gateway does not pass on (only
 * `cache-control` is read from a subgraph's headers); the one body that carries it, a subgraph's
 * 500 after a crash, reaches the client only as SUBGRAPH_UNAVAILABLE, without it. The cost: the
 * subgraph logs a merged request under the id of the request that was sent, not of each caller.
 *
 * `undefined` when the request must go out on its own: not certainly a query, a body that is not
 * text, or a caller's own abort signal (aborting the shared request would abort the others).
 */
export function mergeKey(url: string, init: FetcherRequestInit): string | undefined {
  const { body } = init;
  if (typeof body !== 'string' || init.signal || !isQueryBody(body)) return undefined;
  const headers = Object.entries(init.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => name !== requestIdHeader)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}: ${value}`);
  // HTTP header names and values hold no line break, so a blank line ends them unambiguously.
  return `${init.method ?? 'GET'} ${url}\n${headers.join('\n')}\n\n${body}`;
}

/**
 * Whether a subgraph request body is certainly a query: its document starts with a query (the
 * `query` keyword or a bare selection set, as the query planner writes them) and the words
 * `mutation` and `subscription` appear nowhere in the body. Conservative on purpose: a field,
 * argument or variable holding one of those words only costs the merging of that request, while
 * a mutation merged with another would run once for two callers.
 */
export function isQueryBody(body: string): boolean {
  return queryFirst.test(body) && !otherOperation.test(body);
}

// `{"query":"` is how Apollo's data source serialises every request that carries its query text
// (with APQ its first try carries only a hash: such a request is not merged).
const queryFirst = /^\{"query":"(?:\s|\\[nrt])*(?:\{|query(?![_0-9A-Za-z]))/;
const otherOperation = /\b(?:mutation|subscription)\b/;

function copyOfError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error('subgraph request failed', { cause: error });
  const copy = new Error(error.message, { cause: error.cause });
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
