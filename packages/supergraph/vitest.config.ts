import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql for all: the test's own code would otherwise load graphql's ES build while
// @graphql-inspector/core and Apollo's federation code (run by Node as they are) load its CommonJS
// build, and a schema built by one would not be a schema to the other, as it is under tsx.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { conditions: ['source'], alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions: ['source'] } },
});
