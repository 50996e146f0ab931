import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, OperationTypeNode } from 'graphql';
import type { GatewayContext } from './gateway.js';
import type { GatewayMetrics } from './metrics.js';
import type { CircuitBreaker } from './subgraphs/breaker.js';
import { classifyFailure, type SubgraphFailure } from './subgraphs/failure.js';
import { requestedPaths } from './subgraphs/paths.js';
import { backoffMs, wait } from './subgraphs/retry.js';

export interface Resilience {
  breaker: CircuitBreaker;
  /** Further tries of a query after a connection error or a 502/503/504; mutations get none. */
  retries: number;
  backoff: { baseMs: number; maxMs: number };
  metrics: GatewayMetrics;
}

type Options = ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0];

/**
 * A subgraph as the gateway calls it: bounded in time by its fetcher, queries retried with backoff
 * on failures worth retrying, and a circuit breaker that stops calling a subgraph that keeps failing.
 *
 * A call that still fails answers, instead of throwing, with one SUBGRAPH_UNAVAILABLE error per
 * field it would have filled, carrying `serviceName` and `reason`: the gateway then puts each on its
 * path in the client's response, nulls only those fields, and serves the other subgraphs' data.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    options: Options,
    private readonly resilience: Resilience,
  ) {
    super(options);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { metrics } = this.resilience;
    const stopTimer = metrics.subgraphDuration.startTimer({ subgraph: this.serviceName });
    const response = await this.withResilience(options);
    stopTimer({ outcome: response.errors?.[0]?.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE' ? 'unavailable' : 'ok' });
    return response;
  }

  private async withResilience(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { breaker, metrics } = this.resilience;
    const attempts = isMutation(options) ? 1 : 1 + this.resilience.retries;
    let failure: SubgraphFailure = { reason: 'circuit open', retryable: false };
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (!breaker.allow()) {
        failure = { reason: 'circuit open', retryable: false };
        break;
      }
      try {
        const response = await super.process(options);
        breaker.succeeded();
        return response;
      } catch (error) {
        const classified = classifyFailure(error);
        const answered = graphqlErrorsOf(error, classified.status);
        if (answered) {
          // The subgraph is up and said why it refused (401, 403, 400 with GraphQL errors).
          breaker.succeeded();
          return answered;
        }
        failure = classified;
        // A half-open circuit's trial is tried once: retrying it would hold the trial forever.
        if (!classified.retryable || attempt + 1 >= attempts || breaker.state !== 'closed') {
          breaker.failed();
          break;
        }
        metrics.retries.inc({ subgraph: this.serviceName });
        await wait(backoffMs(attempt, this.resilience.backoff));
      }
    }
    metrics.failures.inc({ subgraph: this.serviceName, reason: failure.reason });
    return this.unavailable(options, failure.reason);
  }

  private unavailable(options: GraphQLDataSourceProcessOptions<GatewayContext>, reason: string): GatewayGraphQLResponse {
    const { request } = options;
    const document = 'document' in options ? options.document : undefined;
    const message = `the ${this.serviceName} subgraph is unavailable (${reason}); the fields it serves are missing`;
    const extensions = { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName, reason };
    const paths = requestedPaths(document, request.query ?? '', request.variables);
    const errors = (paths.length ? paths : [undefined]).map((path) =>
      path ? { message, path, extensions } : { message, extensions },
    );
    return { errors };
  }
}

function isMutation(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  const document = 'document' in options ? options.document : undefined;
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation && operation.kind === Kind.OPERATION_DEFINITION) return operation.operation === OperationTypeNode.MUTATION;
  return /^\s*mutation\b/.test(options.request.query ?? '');
}

/** A 4xx answer that carries GraphQL errors is the subgraph's own word: pass it on. */
function graphqlErrorsOf(error: unknown, status: number | undefined): GatewayGraphQLResponse | undefined {
  if (status === undefined || status >= 500 || !(error instanceof GraphQLError)) return undefined;
  const body = (error.extensions['response'] as { body?: unknown } | undefined)?.body;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return { errors: errors as GatewayGraphQLResponse['errors'] };
}
