import type { GatewayOptions } from '../../src/gateway.js';
import { startGateway } from './gateway.js';
import { faultyProxy } from './proxy.js';
import { composeSupergraph, eventsSchema, eventsSdl, placesSchema, placesSdl, serveSubgraph } from './subgraphs.js';

/**
 * A small federated graph on loopback: the `places` and `events` subgraphs (annotated with @cost and
 * @listSize), `events` behind a proxy the test can make hang, refuse or answer 503, and the gateway.
 */
export async function startGraph(overrides: Partial<GatewayOptions> = {}) {
  const places = await serveSubgraph('places', placesSchema());
  const events = await serveSubgraph('events', eventsSchema());
  const proxy = await faultyProxy(events.url);
  const gateway = await startGateway({
    supergraphSdl: composeSupergraph({ places: placesSdl, events: eventsSdl }),
    subgraphUrls: { places: places.url, events: proxy.url },
    ...overrides,
  });
  return {
    ...gateway,
    events: proxy,
    async close() {
      await gateway.close();
      await proxy.close();
      await Promise.all([places.close(), events.close()]);
    },
  };
}
