import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { OperationTypeNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { AuthContext } from './define.js';

// Queries answered from memory while the data they came from has not changed. The key holds the
// database's generation (read before the operation runs; every committed write raises it, see
// @pamir/db's generation.ts) and the caller, so a read after a write is never answered from before
// it, whichever copy of the subgraph took the write. Queries only; an answer with an error is never
// kept. Each copy keeps its own entries, in a bounded in-memory cache.

/** What the cache has done, for /metrics: each lookup reads the generation (one statement). */
export interface ResponseCacheCounts {
  lookups: number;
  hits: number;
}

/** Counts for the cache, reported at /metrics as `pamir_response_cache_lookups_total` and `_hits_total`. */
export function responseCacheMetrics(registry: Registry): ResponseCacheCounts {
  const counts = { lookups: 0, hits: 0 };
  for (const [name, help, read] of [
    ['pamir_response_cache_lookups_total', 'Queries looked up in the response cache (each reads the data generation).', () => counts.lookups],
    ['pamir_response_cache_hits_total', 'Queries answered from the response cache.', () => counts.hits],
  ] as const) {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }
  return counts;
}

export function responseCache<TContext extends AuthContext>(options: {
  /** How long an unused answer is kept; freshness comes from the generation, not from this. */
  maxAgeSeconds: number;
  generation: () => Promise<string>;
  counts?: ResponseCacheCounts;
  maxBytes?: number;
}): ApolloServerPlugin<TContext>[] {
  if (options.maxAgeSeconds <= 0) return [];
  const counts = options.counts ?? { lookups: 0, hits: 0 };
  const cache = new InMemoryLRUCache<string>({ maxSize: options.maxBytes ?? 64 * 2 ** 20 });
  return [
    {
      requestDidStart: () => {
        let key: string | undefined;
        let hit = false;
        return Promise.resolve({
          async responseForOperation({ operation, source, request, contextValue }) {
            if (operation.operation !== OperationTypeNode.QUERY) return null;
            counts.lookups++;
            // Without the generation nothing is reused or kept; the resolvers meet the database's
            // own error, as they would without the cache.
            const generation = await options.generation().catch(() => undefined);
            if (generation === undefined) return null;
            const { caller, refused } = contextValue.auth;
            const who = caller ? [caller.subject, ...[...caller.scopes].sort()] : null;
            key = createHash('sha256')
              .update(JSON.stringify([generation, who, Boolean(refused), source, request.operationName ?? null, request.variables ?? {}]))
              .digest('base64url');
            const kept = await cache.get(key);
            if (kept === undefined) return null;
            hit = true;
            counts.hits++;
            return { body: { kind: 'single', singleResult: { data: JSON.parse(kept) as Record<string, unknown> } }, http: { status: undefined, headers: new HeaderMap() } };
          },
          async willSendResponse({ response }) {
            if (!key || hit || response.body.kind !== 'single') return;
            const { data, errors } = response.body.singleResult;
            if (errors || !data) return;
            await cache.set(key, JSON.stringify(data), { ttl: options.maxAgeSeconds });
          },
        });
      },
    },
  ];
}
