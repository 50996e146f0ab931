import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation written with `graphql(...)` in src/, from the API schema the gateway
// serves (packages/supergraph/schema.graphql, committed by `pnpm compose`). The guide
// (apps/README.md) shows this file as the configuration to start from.
const config: CodegenConfig = {
  schema: '../../packages/supergraph/schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Node resolves ES modules by full file name.
        importExtension: '.js',
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
