import { describe, expect, it } from 'vitest';
import { gatewayOptions } from '../src/config.js';
import { subgraphs } from '@pamir/subgraph-list';
import { env, gatewayEnv } from '../src/env.js';

describe('configuration', () => {
  const missing = '/nonexistent/trusted-documents.json';

  it('serves without preloaded documents when the manifest is missing in off mode', () => {
    const options = gatewayOptions({ ...env, PAMIR_TRUSTED_DOCUMENTS: missing, PAMIR_TRUSTED_DOCUMENTS_MODE: 'off' });
    expect(options.trusted).toBeUndefined();
  });

  it('does not start in log or only mode without a manifest it can read', () => {
    expect(() => gatewayOptions({ ...env, PAMIR_TRUSTED_DOCUMENTS: missing, PAMIR_TRUSTED_DOCUMENTS_MODE: 'only' })).toThrow(
      /PAMIR_TRUSTED_DOCUMENTS: cannot read/,
    );
    expect(() => gatewayOptions({ ...env, PAMIR_TRUSTED_DOCUMENTS: undefined, PAMIR_TRUSTED_DOCUMENTS_MODE: 'log' })).toThrow(
      /needs PAMIR_TRUSTED_DOCUMENTS/,
    );
  });

  it('merges identical subgraph queries in flight unless PAMIR_DEDUPE_INFLIGHT=false', () => {
    expect(gatewayOptions(gatewayEnv({})).dedupeInFlight).toBe(true);
    expect(gatewayOptions(gatewayEnv({ PAMIR_DEDUPE_INFLIGHT: 'false' })).dedupeInFlight).toBe(false);
    expect(() => gatewayEnv({ PAMIR_DEDUPE_INFLIGHT: 'no' })).toThrow('PAMIR_DEDUPE_INFLIGHT');
  });

  it('reads a URL and a timeout for each listed subgraph, named after it', () => {
    const [first, second] = subgraphs;
    const variable = second!.name.toUpperCase();
    const options = gatewayOptions(
      gatewayEnv({ [`${variable}_URL`]: 'http://elsewhere:9000/graphql', [`PAMIR_SUBGRAPH_TIMEOUT_MS_${variable}`]: '20000' }),
    );
    expect(Object.keys(options.subgraphUrls)).toEqual(subgraphs.map(({ name }) => name));
    expect(options.subgraphUrls[first!.name]).toBe(`http://localhost:${first!.port}/graphql`);
    expect(options.subgraphUrls[second!.name]).toBe('http://elsewhere:9000/graphql');
    expect(options.timeoutsMs).toEqual({ ...Object.fromEntries(subgraphs.map(({ name }) => [name, undefined])), [second!.name]: 20_000 });
    expect(() => gatewayEnv({ [`PAMIR_SUBGRAPH_TIMEOUT_MS_${variable}`]: 'soon' })).toThrow(`PAMIR_SUBGRAPH_TIMEOUT_MS_${variable}`);
  });
});
