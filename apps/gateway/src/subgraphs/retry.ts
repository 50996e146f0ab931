/**
 * How long to wait before retry number `attempt` (0 for the first): exponential from `baseMs`,
 * capped at `maxMs`, with full jitter so that many gateways retrying a subgraph that hiccuped do
 * not all come back at the same instant.
 */
export function backoffMs(attempt: number, options: { baseMs: number; maxMs: number }, random = Math.random): number {
  return Math.round(random() * Math.min(options.maxMs, options.baseMs * 2 ** attempt));
}

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
