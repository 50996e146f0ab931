/** What the server tells the client at start: where the gateway is. One build runs against any gateway. */
export interface ClientConfig {
  gatewayUrl: string;
}

const fallback: ClientConfig = { gatewayUrl: 'http://localhost:4000/graphql' };

export async function loadConfig(): Promise<ClientConfig> {
  try {
    const response = await fetch('/config.json', { cache: 'no-cache' });
    if (!response.ok) return fallback;
    const body = (await response.json()) as Partial<ClientConfig>;
    return typeof body.gatewayUrl === 'string' ? { gatewayUrl: body.gatewayUrl } : fallback;
  } catch {
    return fallback;
  }
}
