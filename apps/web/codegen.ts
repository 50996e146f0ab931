import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, and every enum's values and labels, from the API schema the
// gateway serves (committed by compose).
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
    // Enum values, their labels and ACLED's taxonomy, from the same schema (no documents needed).
    'src/generated/enums.ts': {
      documents: [],
      plugins: ['./scripts/enums-codegen.mjs'],
    },
  },
};

export default config;
