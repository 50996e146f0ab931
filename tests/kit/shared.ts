import { inject } from 'vitest';
import { graphClient, type GraphAddress, type GraphClient } from './client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedGraphs: GraphAddress[];
  }
}

/**
 * The graph every read-only suite shares, started once per run by `global-setup.ts` on each
 * driver: a suite that stops, kills or floods processes starts its own with `startTestStack`.
 */
export function sharedGraph(driver: 'pglite' | 'postgres'): GraphClient & { address: GraphAddress } {
  const address = inject('sharedGraphs').find((graph) => graph.driver === driver);
  if (!address) throw new Error(`no shared graph runs on ${driver}`);
  return { ...graphClient(address), address };
}
