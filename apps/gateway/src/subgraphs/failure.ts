import { GraphQLError } from 'graphql';

/** Why a subgraph call gave no answer, as the client sees it in `extensions.reason`. */
export interface SubgraphFailure {
  reason: string;
  /** Worth another try (queries only): the subgraph may answer the next one. */
  retryable: boolean;
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Statuses a proxy or a restarting server gives for a moment; another try may get through. */
const transientStatuses = new Set([502, 503, 504]);

/**
 * What a failed subgraph call means. `status` is set for an HTTP error answer (Apollo's data
 * source throws those with `extensions.response.status`).
 */
export function classifyFailure(error: unknown): SubgraphFailure & { status?: number } {
  const status = httpStatus(error);
  if (status !== undefined) return { reason: `HTTP ${status}`, retryable: transientStatuses.has(status), status };
  if (isTimeout(error)) return { reason: 'timeout', retryable: false };
  if (unreachableCodes.has(codeOf(error) ?? '')) return { reason: 'unreachable', retryable: true };
  if (error instanceof GraphQLError) return { reason: 'invalid response', retryable: false };
  return { reason: 'unreachable', retryable: false };
}

function httpStatus(error: unknown): number | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const status = (error.extensions['response'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isTimeout(error: unknown): boolean {
  const code = codeOf(error);
  const name = error instanceof Error ? error.name : undefined;
  return name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

/** The error's code, or its cause's (undici and fetch wrap the socket's error). */
function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
