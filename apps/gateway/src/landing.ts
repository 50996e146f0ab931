import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The page a browser sees at the gateway's URL. Apollo's default pages load from a CDN and stay
 * blank offline; this one is plain HTML that points at the bundled IDE.
 */
export function landingPage(webUrl: string): ApolloServerPlugin {
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pamir GraphQL gateway</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2733}a{color:#0b5cad}code{background:#eef2f6;padding:0 .25rem}</style></head>
<body>
<h1>Pamir</h1>
<p>One GraphQL graph over Tajikistan's security, diplomacy and energy, every fact cited.</p>
<p>This is the gateway's endpoint: send <code>POST</code> requests with a JSON body <code>{"query": "..."}</code>.</p>
<ul>
<li><a href="${webUrl}/graphiql">Open the GraphQL IDE</a> (works offline)</li>
<li><a href="${webUrl}">Open the web client</a></li>
</ul>
</body></html>`;
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html: page }) });
    },
  };
}
