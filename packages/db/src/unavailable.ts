// What the drivers say when the server is away: socket errors, postgres.js's own connection
// codes, and Postgres's SQLSTATEs for a connection lost or a server shutting down or starting.
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * True when an error (or anything in its chain of causes) says the database server could not be
 * reached, as opposed to a query it refused: the first passes when the server is back, the second
 * does not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const { code, cause, originalError } = current as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof code === 'string' && (connectionCodes.has(code) || code.startsWith('08'))) return true;
    current = originalError ?? cause;
  }
  return false;
}
