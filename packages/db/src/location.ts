import path from 'node:path';
import type { DatabaseLocation } from './open.js';

/**
 * Where a service's database lives, from its configuration:
 * - the service's own URL (`<NAME>_DATABASE_URL`), used as it is;
 * - else the shared server URL (`DATABASE_URL`), with the service in its own database (`database`,
 *   by default `pamir_<service>`);
 * - else PGlite in `<dataRoot>/<service>`.
 */
export function databaseLocation(
  service: string,
  config: { serviceUrl?: string | undefined; serverUrl?: string | undefined; dataRoot: string; database?: string },
): DatabaseLocation {
  if (config.serviceUrl) return { driver: 'postgres', url: config.serviceUrl };
  if (config.serverUrl) {
    const url = new URL(config.serverUrl);
    url.pathname = `/${config.database ?? `pamir_${service}`}`;
    return { driver: 'postgres', url: url.toString() };
  }
  return { driver: 'pglite', dataDir: path.resolve(config.dataRoot, service) };
}
