import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../kit/eventually.js';
import { startTestStack, type TestStack } from '../kit/stack.js';

/** One span as OTLP/HTTP JSON carries it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

/**
 * A collector in miniature: an OTLP/HTTP receiver on loopback that keeps every span the processes
 * export (`@opentelemetry/exporter-trace-otlp-http` sends JSON to `<endpoint>/v1/traces`).
 */
async function otlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') spans.push(...spansOf(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Export));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

type KeyValue = { key: string; value: Record<string, unknown> };
type Export = {
  resourceSpans: {
    resource: { attributes: KeyValue[] };
    scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes: KeyValue[] }[] }[];
  }[];
};

function spansOf(body: Export): ReceivedSpan[] {
  const valuesOf = (attributes: KeyValue[]) => Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));
  return body.resourceSpans.flatMap(({ resource, scopeSpans }) => {
    const service = String(valuesOf(resource.attributes)['service.name']);
    return scopeSpans.flatMap(({ spans }) =>
      spans.map((span) => ({
        service,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId || undefined,
        name: span.name,
        attributes: valuesOf(span.attributes),
      })),
    );
  });
}

// One request through the gateway is one trace: the gateway's own steps, a fetch per subgraph
// call, each subgraph's request continuing the trace from the fetch's `traceparent`, and a span per
// SQL statement beneath it. The processes are real and export to a receiver, as to a collector.
describe('traces', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let stack: TestStack;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    stack = await startTestStack('pglite', {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    receiver?.server.close();
  });

  it('follow one request from the gateway through the subgraphs to their SQL', async () => {
    const requestId = `trace-test-${Date.now()}`;
    const { errors } = await stack.query(
      `query EventPlaces { securityEvents(first: 3) { nodes { title place { name } } } }`,
      {},
      { headers: { 'x-request-id': requestId } },
    );
    expect(errors).toBeUndefined();

    const root = await eventually(() =>
      receiver.spans.find((span) => span.service === 'pamir-gateway' && span.attributes['pamir.request_id'] === requestId),
    );
    expect(root.name).toBe('query EventPlaces');
    expect(root.parentSpanId).toBeUndefined();
    const inTrace = () => receiver.spans.filter((span) => span.traceId === root.traceId);
    // Spans arrive in batches from four processes: wait for the SQL of both subgraphs.
    await eventually(() => {
      const services = new Set(inTrace().filter((span) => span.attributes['db.query.text']).map((span) => span.service));
      return services.has('pamir-reference') && services.has('pamir-security') ? true : undefined;
    });
    const spans = inTrace();
    const byId = new Map(spans.map((span) => [span.spanId, span]));

    // The gateway's steps: Apollo Server's parse and validate, @apollo/gateway's plan and fetches.
    const gatewaySpans = spans.filter((span) => span.service === 'pamir-gateway').map((span) => span.name);
    expect(gatewaySpans).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate', 'gateway.plan', 'gateway.fetch']));

    // Every span but the root hangs from another span of the same trace: one connected tree.
    expect(spans.filter((span) => span.parentSpanId && !byId.has(span.parentSpanId))).toEqual([]);
    expect(spans.filter((span) => !span.parentSpanId)).toEqual([root]);

    for (const service of ['pamir-reference', 'pamir-security']) {
      // The subgraph's request continues the trace from the gateway's fetch, over HTTP.
      const requests = spans.filter((span) => span.service === service && span.parentSpanId && byId.get(span.parentSpanId)!.service === 'pamir-gateway');
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((span) => byId.get(span.parentSpanId!)!.name === 'gateway.fetch')).toBe(true);
      // Each SQL statement sits beneath one of those requests, in the same service.
      const statements = spans.filter((span) => span.service === service && span.attributes['db.query.text']);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        let parent = byId.get(statement.parentSpanId!)!;
        while (!requests.includes(parent)) {
          expect(parent.service).toBe(service);
          parent = byId.get(parent.parentSpanId!)!;
        }
      }
    }
  });
});
