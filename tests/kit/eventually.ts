import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it returns a value other than undefined (or stops throwing), and returns
 * it; fails with the last reason when `timeoutMs` passes. For waiting on a condition, never on time.
 */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, { timeoutMs = 60_000, everyMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = 'the condition never held';
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${last instanceof Error ? last.message : String(last)}`);
    await sleep(everyMs);
  }
}
