import { nameLogs, runMain, serve, startTracing, stopOnSignals } from '@pamir/server';
import { gatewayOptions } from './config.js';
import { costHeader } from './cost/plugin.js';
import { env } from './env.js';
import { createGateway, type GatewayContext } from './gateway.js';
import { superviseWorkers } from './cluster.js';

nameLogs('gateway');
if (!superviseWorkers(env.PAMIR_GATEWAY_WORKERS)) runMain(async () => {
  // Before the gateway is made: @apollo/gateway's spans go to whichever provider is registered.
  const stopTracing = startTracing('gateway', env.tracing);
  const { apollo, metrics, close } = createGateway(gatewayOptions(env));
  const running = await serve<GatewayContext>({
    name: 'gateway',
    apollo,
    port: env.PORT,
    host: env.HOST,
    maxBodyBytes: env.PAMIR_MAX_BODY_BYTES,
    shutdownGraceMs: env.PAMIR_SHUTDOWN_GRACE_MS,
    metrics,
    context: (request, requestId) => Promise.resolve({ authorization: request.headers.authorization, requestId }),
    // The gateway holds no state: once its supergraph is loaded it can serve.
    ready: () => Promise.resolve(),
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': `content-type, authorization, apollo-require-preflight, ${costHeader}`,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-expose-headers': 'x-request-id',
    },
  });
  console.log(`serving ${running.url}`);
  stopOnSignals(async () => {
    await running.close();
    await close();
    await stopTracing();
  }, env.PAMIR_SHUTDOWN_GRACE_MS + 2_000);
});
