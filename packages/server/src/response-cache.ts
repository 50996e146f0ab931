import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { AuthContext } from './define.js';

// Reads answered from memory while the data they came from has not changed. The key holds the
// database's generation (read before the operation runs; every committed write raises it, see
// @pamir/db's generation.ts) and the caller, so a read after a write is never served from before
// it, whichever copy of the subgraph took the write. Queries only; a response with an error is
// never kept. Each copy keeps its own entries (Apollo Server's bounded in-memory cache).

export function responseCache<TContext extends AuthContext>(options: {
  maxAgeSeconds: number;
  generation: () => Promise<string>;
}): ApolloServerPlugin<TContext>[] {
  if (options.maxAgeSeconds <= 0) return [];
  return [
    // Every field may be kept for the same time: freshness comes from the generation, the time
    // only bounds how long an unused entry holds memory. No Cache-Control header leaves: the
    // gateway would pass it on to clients, who cannot see the generation.
    ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<TContext>({
      extraCacheKeyData: async ({ contextValue }) => ({
        // Without the generation nothing may be reused: a key no other request has (and the
        // database's own error reaches the caller from the resolvers, as without the cache).
        generation: await options.generation().catch(() => `unknown-${randomUUID()}`),
        caller: contextValue.auth.caller ? [contextValue.auth.caller.subject, ...[...contextValue.auth.caller.scopes].sort()] : null,
        refused: Boolean(contextValue.auth.refused),
      }),
    }),
  ];
}
