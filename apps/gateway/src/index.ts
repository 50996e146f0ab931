import { runMain, serve, stopOnSignals } from '@pamir/server';
import { env } from './env.js';
import { createGateway, type GatewayContext } from './gateway.js';

runMain(async () => {
  const { apollo, close } = createGateway({
    subgraphUrls: {
      reference: env.REFERENCE_URL,
      security: env.SECURITY_URL,
      diplomacy: env.DIPLOMACY_URL,
      energy: env.ENERGY_URL,
    },
    webUrl: env.WEB_URL,
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    gatewaySecret: env.PAMIR_GATEWAY_SECRET,
  });
  const running = await serve<GatewayContext>({
    name: 'gateway',
    apollo,
    port: env.PORT,
    host: env.HOST,
    maxBodyBytes: env.PAMIR_MAX_BODY_BYTES,
    context: (request) => Promise.resolve({ authorization: request.headers.authorization }),
    // The gateway holds no state: once its supergraph is loaded it can serve.
    ready: () => Promise.resolve(),
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    },
  });
  console.log(`serving ${running.url}`);
  stopOnSignals(async () => {
    await running.close();
    await close();
  });
});
