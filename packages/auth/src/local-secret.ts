import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Defaults for a machine that runs Pamir locally. */
export const localIssuer = 'pamir-local';
export const localAudience = 'pamir';

/**
 * The signing secret of a local installation: made once, kept in the data folder, shared by
 * `pnpm start` (which hands it to every process) and `pnpm -s run token`.
 */
export async function localSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, 'jwt-secret');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // Another process may have made it first ('wx' refuses to overwrite): then theirs wins.
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
  return (await readFile(file, 'utf8')).trim();
}
