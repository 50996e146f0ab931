import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Cost figures from one to a million: the budget is 150,000; a small query costs tens. */
const costBuckets = [10, 100, 1_000, 10_000, 100_000, 1_000_000];

/**
 * What the gateway counts, for /metrics, in a registry of its own (each gateway in a process is
 * counted apart). `serve` adds the HTTP, per-operation and process figures every server reports.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  /** Operations refused before any subgraph is called, by code (limits, cost, trusted documents). */
  readonly refused = new Counter({
    name: 'pamir_operations_refused_total',
    help: 'Operations refused before any subgraph was called, by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly trustedDocuments = new Counter({
    name: 'pamir_trusted_documents_total',
    help: 'Operations checked against the trusted documents, by whether they were in the list.',
    labelNames: ['known'] as const,
    registers: [this.registry],
  });

  /** Estimated cost of each operation (`_sum`, `_count`), its largest, and those over the budget. */
  readonly costEstimated = new Histogram({
    name: 'pamir_cost_estimated',
    help: 'Estimated cost of each operation before it runs.',
    buckets: costBuckets,
    registers: [this.registry],
  });
  readonly costEstimatedMax = new Gauge({ name: 'pamir_cost_estimated_max', help: 'The largest estimated cost seen.', registers: [this.registry] });
  readonly costActual = new Histogram({
    name: 'pamir_cost_actual',
    help: 'Cost of each operation counted from its response.',
    buckets: costBuckets,
    registers: [this.registry],
  });
  readonly costActualMax = new Gauge({ name: 'pamir_cost_actual_max', help: 'The largest actual cost seen.', registers: [this.registry] });
  readonly overBudget = new Counter({
    name: 'pamir_cost_over_budget_total',
    help: 'Operations estimated over the cost budget, by mode (enforce refuses them, measure serves them).',
    labelNames: ['mode'] as const,
    registers: [this.registry],
  });

  /** Per subgraph: each call's time and outcome, retries, calls merged into one in flight, failures by reason. */
  readonly subgraphDuration = new Histogram({
    name: 'pamir_subgraph_request_duration_seconds',
    help: 'Time of each call to a subgraph, retries included, by subgraph and outcome (ok or unavailable).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  readonly retries = new Counter({
    name: 'pamir_subgraph_retries_total',
    help: 'Subgraph queries tried again after a failure worth retrying.',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly merged = new Counter({
    name: 'pamir_subgraph_requests_merged_total',
    help: 'Subgraph requests merged into an identical one already in flight instead of being sent.',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly failures = new Counter({
    name: 'pamir_subgraph_failures_total',
    help: 'Subgraph calls given up on (their fields answered SUBGRAPH_UNAVAILABLE), by subgraph and reason.',
    labelNames: ['subgraph', 'reason'] as const,
    registers: [this.registry],
  });
  /** Each subgraph's circuit breaker, whose state /metrics reads as it is when asked. */
  readonly circuits = new Map<string, { readonly state: string }>();
  private readonly circuitOpen = new Gauge({
    name: 'pamir_subgraph_circuit_open',
    help: "1 while a subgraph's circuit breaker is open (or half open), else 0.",
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
    collect: () => {
      for (const [subgraph, breaker] of this.circuits) this.circuitOpen.set({ subgraph }, breaker.state === 'closed' ? 0 : 1);
    },
  });

  private largest = { estimated: 0, actual: 0 };

  /** Records an operation's estimated (or actual) cost. */
  cost(kind: 'estimated' | 'actual', value: number): void {
    (kind === 'estimated' ? this.costEstimated : this.costActual).observe(value);
    this.largest[kind] = Math.max(this.largest[kind], value);
    (kind === 'estimated' ? this.costEstimatedMax : this.costActualMax).set(this.largest[kind]);
  }
}
