import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { context, propagation } from '@opentelemetry/api';
import { Agent } from 'undici';
import { mergeInFlight, type Send, type SubgraphAnswer } from './subgraphs/inflight.js';

export interface SubgraphFetcherOptions {
  timeoutMs: number;
  /** Merge identical queries in flight at the same moment into one request (see `mergeInFlight`). */
  mergeInFlight?: boolean;
  /** Called for each request that was merged into one already in flight instead of being sent. */
  onMerged?: () => void;
}

/**
 * A fetch-shaped adapter over undici's pooled `Agent.request`, for the gateway's subgraph calls.
 * The gateway's default fetcher costs several milliseconds of CPU per request; this keeps
 * connections alive and skips the WHATWG fetch machinery on the way out.
 *
 * `timeoutMs` bounds the whole call, answer body included: a subgraph that hangs or trickles is
 * given up on with a `TimeoutError`.
 *
 * Merging sits here, below the data source's retries and circuit breaker, so they keep working
 * per caller exactly as before; only the HTTP request is shared:
 * - timeout: the shared request runs on the deadline of the caller that sent it. A caller that
 *   joined later waits for what is left of it, never longer than its own timeout would allow, and
 *   gets the same `TimeoutError` if it passes.
 * - retries: each caller retries on its own, after its own jittered backoff; the failed request has
 *   left the in-flight map before any caller sees the failure, so a retry is a new request (which
 *   the other callers' retries may join).
 * - circuit breaker and SUBGRAPH_UNAVAILABLE: each caller asks its breaker, and reports success or
 *   failure to it, as it did when it sent its own request. N merged callers failing count as N
 *   failures, as N separate requests did.
 * - each caller gets its own `Response`, built from the shared answer's text, so it parses its own
 *   copy of the data, and the data source's cache-control handling runs for each caller's request.
 */
export function subgraphFetcher(options: SubgraphFetcherOptions): Fetcher & { close: () => Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  const send: Send = async (url, init) => {
    const target = new URL(url);
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = init.signal ? AbortSignal.any([deadline, init.signal as AbortSignal]) : deadline;
    const response = await agent.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: init.method ?? 'GET',
      headers: withTraceContext(init.headers),
      body: init.body,
      signal,
    });
    const headers: [string, string][] = [];
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
    }
    const body = await response.body.text();
    return Object.freeze({ status: response.statusCode, headers: Object.freeze(headers), body });
  };
  const sendOnce = options.mergeInFlight ? mergeInFlight(send, options.onMerged) : send;
  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    toResponse(await sendOnce(url, init));
  return Object.assign(fetcher, { close: () => agent.close() });
}

/**
 * The headers with the active span's W3C `traceparent` (the gateway's `gateway.fetch` span) added,
 * so the subgraph's spans join the same trace. Added here, after merging: a merged request carries
 * the trace of the caller that sent it. With tracing off, the propagator is a no-op and the
 * headers go as they are.
 */
function withTraceContext(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return 'traceparent' in carrier ? { ...headers, ...carrier } : headers;
}

function toResponse(answer: SubgraphAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: new Headers(answer.headers as [string, string][]) });
}
