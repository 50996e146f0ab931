import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The preload that records what leaves loopback, for NODE_OPTIONS. */
export const egressRecorder = fileURLToPath(new URL('./egress/recorder.mjs', import.meta.url));

export interface Egress {
  kind: string;
  host: string;
  port?: number;
  process: string;
}

/**
 * What a stack's processes tried to reach beyond loopback, less the destinations a user
 * configured (a remote database, an OTLP collector): a non-empty answer is a call out.
 */
export async function unexpectedEgress(logFile: string, allowedHosts: readonly string[] = []): Promise<Egress[]> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Egress)
    .filter((event) => !allowedHosts.includes(event.host));
}

/** The hosts named by the URLs a user configured for the graph (databases, OTLP endpoint). */
export function configuredHosts(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value && /(_URL|_ENDPOINT)$/.test(name) && /^[a-z]+:\/\//.test(value))
    .map(([, value]) => new URL(value!).hostname);
}
