import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { formatError } from '@pamir/graph';
import { gatewaySecretHeader, requestIdHeader } from '@pamir/server';
import { costModel, type CostModel } from './cost/model.js';
import { demandControl } from './cost/plugin.js';
import { subgraphFetcher } from './fetcher.js';
import { landingPage } from './landing.js';
import { limitRules, type OperationLimits } from './limits/rules.js';
import { tokenLimitRefusal } from './limits/tokens.js';
import { GatewayMetrics } from './metrics.js';
import { operationMustExist } from './operations.js';
import { enforceScalars } from './scalars.js';
import { SubgraphSource } from './subgraph-source.js';
import { supergraphSource } from './supergraph-watch.js';
import { CircuitBreaker } from './subgraphs/breaker.js';
import { subscriptionsRefused } from './subscriptions.js';
import { turnOffApolloTelemetry } from './telemetry.js';
import { PreloadedApqCache } from './trusted/apq-cache.js';
import type { TrustedDocuments } from './trusted/manifest.js';
import { trustedDocuments, type TrustedDocumentsMode } from './trusted/plugin.js';

/**
 * Per request: the caller's credentials, passed on to the subgraphs, which check them themselves,
 * and the request id, passed on so every process logs the request under one name.
 */
export interface GatewayContext {
  authorization?: string;
  requestId?: string;
}

export interface GatewayOptions {
  /** Each subgraph's URL, by its name in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** The supergraph to serve; the committed one unless given (tests compose their own). */
  supergraphSdl?: string;
  /** Follow the committed supergraph file as it is recomposed (the development loop). */
  watchSupergraph?: boolean;
  webUrl: string;
  /** How long one subgraph call may take, and per subgraph where it differs. */
  timeoutMs: number;
  timeoutsMs?: Record<string, number | undefined>;
  retries: number;
  backoff?: { baseMs: number; maxMs: number };
  circuit: { failures: number; openMs: number };
  /** Merge identical subgraph queries in flight at the same moment into one request (on unless false). */
  dedupeInFlight?: boolean;
  limits: OperationLimits;
  cost: { budget: number; mode: 'enforce' | 'measure'; defaultListSize: number };
  trusted?: { documents: TrustedDocuments; mode: TrustedDocumentsMode };
  gatewaySecret?: string | undefined;
  /** The clock the circuit breakers read (tests move it instead of waiting). */
  now?: () => number;
}

/**
 * The gateway: the committed supergraph (no introspection at start), each subgraph at its
 * configured URL, operation limits and demand control before any subgraph is called, trusted
 * documents, subgraph calls that fail alone, and the house error policy.
 */
export function createGateway(options: GatewayOptions) {
  turnOffApolloTelemetry(); // before `new ApolloGateway()`, which reads it
  const metrics = new GatewayMetrics();
  const fetchers: { close: () => Promise<void> }[] = [];

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? supergraphSource(options.watchSupergraph ?? false),
    buildService: ({ name, url }) => {
      const fetcher = subgraphFetcher({
        timeoutMs: options.timeoutsMs?.[name] ?? options.timeoutMs,
        mergeInFlight: options.dedupeInFlight ?? true,
        onMerged: () => metrics.merged.inc({ subgraph: name }),
      });
      fetchers.push(fetcher);
      const breaker = new CircuitBreaker(options.circuit, options.now);
      metrics.circuits.set(name, breaker);
      return new SubgraphSource(
        name,
        {
          url: options.subgraphUrls[name] ?? url,
          fetcher,
          willSendRequest({ request, context }) {
            const { authorization, requestId } = context as GatewayContext;
            if (authorization) request.http?.headers.set('authorization', authorization);
            if (requestId) request.http?.headers.set(requestIdHeader, requestId);
            if (options.gatewaySecret) request.http?.headers.set(gatewaySecretHeader, options.gatewaySecret);
          },
        },
        { breaker, retries: options.retries, backoff: options.backoff ?? { baseMs: 50, maxMs: 1_000 }, metrics },
      );
    },
  });

  let model: CostModel | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    enforceScalars(apiSchema);
    model = costModel(apiSchema, coreSupergraphSdl, options.cost.defaultListSize);
  });

  const trusted = options.trusted ?? { documents: new Map<string, string>(), mode: 'off' as const };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The process stops Apollo itself once its HTTP server has drained.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const shaped = formatError(tokenLimitRefusal(formatted, error, options.limits.maxTokens, metrics) ?? formatted, error);
      // graphql-js's own rule finds fragment cycles; counted here with the gateway's other refusals.
      if (shaped.extensions?.['code'] === 'FRAGMENT_CYCLE') metrics.refused.inc({ code: 'FRAGMENT_CYCLE' });
      return shaped;
    },
    // graphql-js stops parsing past the token limit, so an oversized document costs no more than that.
    parseOptions: { maxTokens: options.limits.maxTokens },
    includeStacktraceInErrorResponses: false,
    // The schema is public, and the bundled IDE and client tooling read it.
    introspection: true,
    validationRules: limitRules(options.limits, metrics),
    persistedQueries: { cache: new PreloadedApqCache(trusted.documents) },
    plugins: [
      // Nothing is reported to Apollo, whatever APOLLO_KEY the environment holds.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      landingPage(options.webUrl),
      trustedDocuments(trusted.documents, trusted.mode, metrics),
      operationMustExist(),
      subscriptionsRefused(metrics),
      demandControl({ ...options.cost, model: () => model, metrics }),
    ],
  });

  return {
    apollo,
    /** The gateway's metrics for /metrics. */
    metrics: metrics.registry,
    close: async () => {
      await Promise.all(fetchers.map((fetcher) => fetcher.close()));
    },
  };
}
