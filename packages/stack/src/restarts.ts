/** How long to wait before restarting a process for the nth time in a row: 0.5 s, doubling, at most 30 s. */
export function restartDelay(attempt: number): number {
  return Math.min(500 * 2 ** Math.max(0, attempt - 1), 30_000);
}
