import type { GraphClient, GraphResult } from './client.js';

export interface LoadRun<T> {
  /** Responses so far. */
  readonly results: readonly GraphResult<T>[];
  /** Stops the loop and returns every response it got. */
  stop(): Promise<GraphResult<T>[]>;
}

/**
 * Sends the same query from `concurrency` loops until stopped, as steady traffic during a fault.
 * A request that fails at the HTTP level is kept as an error result, so nothing is hidden.
 */
export function keepQuerying<T>(client: GraphClient, query: string, concurrency = 4): LoadRun<T> {
  const results: GraphResult<T>[] = [];
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) {
      results.push(
        await client.query<T>(query).catch((error: unknown) => ({ errors: [{ message: String(error), extensions: { code: 'FETCH_FAILED' } }] })),
      );
    }
  });
  return {
    results,
    async stop() {
      running = false;
      await Promise.all(loops);
      return results;
    },
  };
}
