import { readFileSync } from 'node:fs';

/** One hostile request and what the gateway must answer: kept as data, a line each, in cases.jsonl. */
export interface HostileCase {
  name: string;
  method?: string;
  /** Defaults to application/json; empty sends none. */
  contentType?: string;
  headers?: Record<string, string>;
  /** A JSON body, sent as it is. */
  body?: unknown;
  /** A body sent byte for byte (not JSON, or broken JSON). */
  raw?: string;
  /** Query-string parameters, for GET. */
  params?: Record<string, string>;
  /** `only`: sent to a gateway that serves trusted documents only. */
  mode?: 'only';
  /** The status, and the first error's `extensions.code` (null: no error at all). */
  expect: { status: number; code: string | null };
}

// `[[repeat 3: a{i} ]]` stands for `a0 a1 a2 `, so a flood stays one short line of data.
const repeat = /\[\[repeat (\d+): (.*?)\]\]/g;
const repeated = (times: number, text: string) =>
  Array.from({ length: times }, (_, i) => text.replaceAll('{i}', String(i))).join('');
const expand = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(repeat, (_, times: string, text: string) => repeated(Number(times), text));
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, expand(inner)]));
  return value;
};

export const hostileCases: HostileCase[] = readFileSync(new URL('./cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => expand(JSON.parse(line)) as HostileCase);

/** Sends a case to a gateway exactly as written. */
export async function send(gatewayUrl: string, hostile: HostileCase): Promise<{ status: number; text: string }> {
  const method = hostile.method ?? 'POST';
  const url = new URL(gatewayUrl);
  for (const [name, value] of Object.entries(hostile.params ?? {})) url.searchParams.set(name, value);
  const contentType = hostile.contentType ?? 'application/json';
  const body = hostile.raw ?? (hostile.body === undefined ? undefined : JSON.stringify(hostile.body));
  const response = await fetch(url, {
    method,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...hostile.headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : (body ?? ''),
  });
  return { status: response.status, text: await response.text() };
}
