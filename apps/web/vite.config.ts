import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// What server.mjs does in production, for `vite` in development: /config.json names the gateway,
// and /graphiql is the IDE's own page.
function devServerRoutes(): Plugin {
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  return {
    name: 'pamir-dev-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/config.json') {
          response.setHeader('content-type', 'application/json');
          response.end(JSON.stringify({ gatewayUrl }));
          return;
        }
        if (request.url?.startsWith('/graphiql') && !request.url.startsWith('/graphiql.html')) request.url = '/graphiql.html';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), devServerRoutes()],
  build: {
    manifest: true,
    // The IDE is a page of its own, so the client's first page never loads Monaco or GraphiQL.
    rolldownOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's packages mark modules "use no memo" for the React compiler; harmless when bundled.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
