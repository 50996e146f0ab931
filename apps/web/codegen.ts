import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, from the API schema the gateway serves (committed by compose).
const config: CodegenConfig = {
  schema: '../../packages/supergraph/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
