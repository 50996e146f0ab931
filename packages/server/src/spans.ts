import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { tracer } from './tracing.js';

/**
 * Serves a request inside a server span, continuing the caller's trace when its `traceparent`
 * header names one (the gateway's fetch, for a subgraph). The span ends when the response is sent.
 * With tracing off, the propagator and tracer are the API's no-ops and this costs next to nothing.
 */
export function inServerSpan(request: IncomingMessage, response: ServerResponse, requestId: string, serve: () => Promise<void>): void {
  const parent = propagation.extract(context.active(), request.headers);
  tracer.startActiveSpan(
    `${request.method ?? 'GET'} /graphql`,
    {
      kind: SpanKind.SERVER,
      // The request id the response carries finds the request's trace in a tracing backend.
      attributes: { 'http.request.method': request.method ?? 'GET', 'url.path': request.url ?? '/', 'pamir.request_id': requestId },
    },
    parent,
    (span) => {
      response.once('close', () => {
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      void serve();
    },
  );
}

/**
 * Spans for the steps Apollo Server takes with an operation (parse, validate, execute), as
 * children of the request's span, which is renamed after the operation (`query CountryProfile`).
 * On the gateway, @apollo/gateway adds its own beneath (`gateway.plan`, `gateway.fetch`, …).
 */
export function operationSpans<TContext extends object>(): ApolloServerPlugin<TContext> {
  const step = (name: string) => {
    const span = tracer.startSpan(name);
    return (error?: unknown) => {
      endSpan(span, Array.isArray(error) ? error[0] : error);
      return Promise.resolve();
    };
  };
  return {
    requestDidStart: () =>
      Promise.resolve({
        parsingDidStart: () => Promise.resolve(step('graphql.parse')),
        validationDidStart: () => Promise.resolve(step('graphql.validate')),
        didResolveOperation: ({ operationName, operation }) => {
          const request = trace.getActiveSpan();
          if (request?.isRecording()) {
            const type = operation?.operation ?? 'query';
            request.updateName(`${type} ${operationName ?? 'anonymous'}`);
            request.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': operationName ?? '' });
          }
          return Promise.resolve();
        },
        executionDidStart: () => {
          const end = step('graphql.execute');
          return Promise.resolve({ executionDidEnd: end });
        },
      }),
  };
}

function endSpan(span: Span, error?: unknown): void {
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : 'failed' });
  span.end();
}
