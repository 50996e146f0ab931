import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql for all: the test's own code would otherwise load graphql's ES build while Apollo
// Server (run by Node as it is) loads its CommonJS build, and errors made by one would not be
// `instanceof GraphQLError` for the other, as they are in the running gateway.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { conditions: ['source'], alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { testTimeout: 60_000, hookTimeout: 120_000 },
});
