import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

/** The request being served, wherever in its async work a line is logged. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as part of the request `requestId`: every line it logs carries the id. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

/**
 * The process's log: one JSON line per event on stdout, with the service's name and, for a
 * request, its request id (and its trace id when traces are exported), whoever logs the line.
 * Detail a client must never see (stacks, SQL, driver text) goes here.
 */
let logger: Logger = pino({
  base: { pid: process.pid },
  mixin: () => {
    const requestId = requestScope.getStore()?.requestId;
    if (requestId === undefined) return {};
    const span = trace.getActiveSpan()?.spanContext();
    return span && span.traceFlags ? { requestId, traceId: span.traceId } : { requestId };
  },
  formatters: { level: (label) => ({ level: label }) },
  serializers: { error: pino.stdSerializers.err },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** Names the service on every line this process logs from now on. */
export function nameLogs(service: string): void {
  logger = logger.child({ service });
}

type Fields = Record<string, unknown>;

/** `log.error('request failed', { requestId, error })`: a message, then the fields that explain it. */
export const log = {
  info: (message: string, fields: Fields = {}) => logger.info(fields, message),
  warn: (message: string, fields: Fields = {}) => logger.warn(fields, message),
  error: (message: string, fields: Fields = {}) => logger.error(fields, message),
};
