import type { ApolloServerPlugin } from '@apollo/server';
import type { StatementObserver } from '@pamir/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * /metrics is prom-client's text format. Each server and each gateway keeps its own registry (tests
 * run several in one process, each counted apart); what the process as a whole reports (resident
 * memory, heap, event loop, GC) is collected once per process, in the registry below.
 */
let processRegistry: Registry | undefined;

/** Node's and the process's own figures (`process_resident_memory_bytes`, `nodejs_heap_size_used_bytes`, …). */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** The text of /metrics: every registry's metrics, one after the other (their names never overlap). */
export async function metricsText(registries: readonly Registry[]): Promise<string> {
  const parts = await Promise.all(registries.map((registry) => registry.metrics()));
  return parts.join('\n');
}

export const metricsContentType = Registry.PROMETHEUS_CONTENT_TYPE;

/** Seconds, from a millisecond to ten: a subgraph answers in a few ms; a slow query takes seconds. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/** What every HTTP server counts: requests by route and status, their time, and those not yet answered. */
export function httpMetrics(registry: Registry) {
  return {
    inFlight: new Gauge({
      name: 'pamir_http_requests_in_flight',
      help: 'Requests received and not yet answered.',
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'pamir_http_request_duration_seconds',
      help: 'Time from a request to its answer, by route and status.',
      labelNames: ['route', 'status'] as const,
      buckets: latencyBuckets,
      registers: [registry],
    }),
  };
}

/** The routes a process serves, as a label: anything else is `other`, so a scan cannot grow the series. */
export function routeOf(pathname: string): string {
  return ['/graphql', '/health', '/ready', '/metrics', '/'].includes(pathname) ? pathname : 'other';
}

/**
 * At most this many operation names get series of their own; the rest are counted as `other`.
 * Operation names come from clients, and each name costs a series per bucket.
 */
const maxOperationNames = 200;

/**
 * Per GraphQL operation: how long it took and the errors it answered with, by code. Counted on the
 * gateway for what clients ask, and on each subgraph for what the gateway asks of it.
 */
export function operationMetrics<TContext extends object>(registry: Registry): ApolloServerPlugin<TContext> {
  const duration = new Histogram({
    name: 'pamir_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'pamir_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const names = new Set<string>();
  const nameOf = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= maxOperationNames) return 'other';
    names.add(name);
    return name;
  };
  return {
    requestDidStart: () => {
      const start = performance.now();
      return Promise.resolve({
        didEncounterErrors: ({ errors: found, operationName }) => {
          const operation = nameOf(operationName);
          for (const error of found) {
            const code = error.extensions['code'];
            errors.inc({ operation, code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
          return Promise.resolve();
        },
        willSendResponse: ({ operationName, operation }) => {
          duration.observe(
            { operation: nameOf(operationName), type: operation?.operation ?? 'unknown' },
            (performance.now() - start) / 1000,
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/** What the metrics read from a database handle. */
interface CountedDatabase {
  statements(): number;
  poolSize: number;
}

/**
 * A subgraph's database: statements sent (`pamir_sql_statements_total`, as the handle counts them),
 * their time, and how many of the pool's connections are busy. The observer goes to `openDatabase`;
 * `count` names the handle it opened.
 */
export function databaseMetrics(registry: Registry): StatementObserver & { count: (handle: CountedDatabase) => void } {
  let handle: CountedDatabase | undefined;
  new Counter({
    name: 'pamir_sql_statements_total',
    help: 'SQL statements sent to the database.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(handle?.statements() ?? 0);
    },
  });
  new Gauge({
    name: 'pamir_db_pool_size',
    help: 'Connections the database pool may open (PGlite has one).',
    registers: [registry],
    collect() {
      this.set(handle?.poolSize ?? 0);
    },
  });
  const busy = new Gauge({
    name: 'pamir_db_statements_running',
    help: 'Statements running now: connections of the pool in use.',
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'pamir_sql_statement_duration_seconds',
    help: 'Time a SQL statement took, from sending it to its answer.',
    buckets: latencyBuckets,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'pamir_sql_statement_errors_total',
    help: 'SQL statements that failed.',
    registers: [registry],
  });
  return {
    started: () => busy.inc(),
    finished: (seconds, failed) => {
      busy.dec();
      duration.observe(seconds);
      if (failed) failures.inc();
    },
    count: (opened) => {
      handle = opened;
    },
  };
}
