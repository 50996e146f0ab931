import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TracingConfig } from './env.js';

/**
 * Registers a tracer provider for this process when traces have somewhere to go: spans nest through
 * async calls (AsyncLocalStorage), travel between processes as W3C `traceparent` headers, and are
 * sent in batches. Returns what flushes and stops it (a no-op when tracing is off).
 */
export function startTracing(
  service: string,
  config: TracingConfig,
  processor: SpanProcessor | undefined = config.tracesUrl
    ? new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }))
    : undefined,
): () => Promise<void> {
  if (!processor) return () => Promise.resolve();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `pamir-${service}` }),
    spanProcessors: [processor],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return () => provider.shutdown();
}

/** The tracer Pamir's own spans come from. */
export const tracer = trace.getTracer('pamir');
