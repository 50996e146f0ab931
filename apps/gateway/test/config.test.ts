import { describe, expect, it } from 'vitest';
import { gatewayOptions } from '../src/config.js';
import { env } from '../src/env.js';

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
});
