import type { env as Env } from './env.js';
import type { GatewayOptions } from './gateway.js';
import { readTrustedDocuments } from './trusted/manifest.js';
import type { TrustedDocumentsMode } from './trusted/plugin.js';

/**
 * The trusted documents. In `off` mode the manifest only warms the persisted-query cache, so a
 * missing one (the web client not built yet) is worth a warning, not a refusal to start; in `log`
 * and `only` it is the point, and the gateway does not start without it.
 */
function trusted(path: string | undefined, mode: TrustedDocumentsMode): GatewayOptions['trusted'] {
  if (!path) return undefined;
  try {
    return { documents: readTrustedDocuments(path), mode };
  } catch (error) {
    if (mode !== 'off') throw error;
    console.warn(`${(error as Error).message}; serving without preloaded persisted queries`);
    return undefined;
  }
}

/** The gateway's options from its validated configuration (shared by `index.ts` and the tests). */
export function gatewayOptions(env: typeof Env): GatewayOptions {
  if (env.PAMIR_TRUSTED_DOCUMENTS_MODE !== 'off' && !env.PAMIR_TRUSTED_DOCUMENTS) {
    throw new Error(`PAMIR_TRUSTED_DOCUMENTS_MODE=${env.PAMIR_TRUSTED_DOCUMENTS_MODE} needs PAMIR_TRUSTED_DOCUMENTS (the manifest file)`);
  }
  return {
    subgraphUrls: env.subgraphUrls,
    webUrl: env.WEB_URL,
    watchSupergraph: env.PAMIR_WATCH_SUPERGRAPH === 'true',
    timeoutMs: env.PAMIR_SUBGRAPH_TIMEOUT_MS,
    timeoutsMs: env.subgraphTimeoutsMs,
    retries: env.PAMIR_SUBGRAPH_RETRIES,
    circuit: { failures: env.PAMIR_CIRCUIT_FAILURES, openMs: env.PAMIR_CIRCUIT_OPEN_MS },
    dedupeInFlight: env.PAMIR_DEDUPE_INFLIGHT === 'true',
    limits: {
      maxDepth: env.PAMIR_MAX_DEPTH,
      maxAliases: env.PAMIR_MAX_ALIASES,
      maxRootFields: env.PAMIR_MAX_ROOT_FIELDS,
      maxTokens: env.PAMIR_MAX_TOKENS,
      maxDirectives: env.PAMIR_MAX_DIRECTIVES,
      maxFields: env.PAMIR_MAX_FIELDS,
    },
    cost: { budget: env.PAMIR_MAX_COST, mode: env.PAMIR_COST_MODE, defaultListSize: env.PAMIR_COST_LIST_SIZE },
    trusted: trusted(env.PAMIR_TRUSTED_DOCUMENTS, env.PAMIR_TRUSTED_DOCUMENTS_MODE),
    gatewaySecret: env.PAMIR_GATEWAY_SECRET,
  };
}
