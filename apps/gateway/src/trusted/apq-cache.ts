import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { TrustedDocuments } from './manifest.js';

/**
 * Apollo Server's cache of automatic persisted queries, with the trusted documents already in it:
 * the web client's first hash-only request hits, with no round trip to register the text. Each
 * process holds its own; a miss on another copy is recovered by the protocol itself.
 */
export class PreloadedApqCache implements KeyValueCache<string> {
  constructor(
    private readonly trusted: TrustedDocuments,
    private readonly registered: KeyValueCache<string> = new InMemoryLRUCache<string>(),
  ) {}

  async get(key: string): Promise<string | undefined> {
    // Apollo Server asks for `apq:<sha256>`.
    return this.trusted.get(key.slice(key.lastIndexOf(':') + 1)) ?? (await this.registered.get(key));
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.registered.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}
