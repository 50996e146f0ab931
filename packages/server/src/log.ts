import { pino, type Logger } from 'pino';

/**
 * The process's log: one JSON line per event on stdout, with the service's name and, for a
 * request, its request id. Detail a client must never see (stacks, SQL, driver text) goes here.
 */
let logger: Logger = pino({
  base: { pid: process.pid },
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
