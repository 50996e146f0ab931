import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for this subgraph, with resolvers' parents typed as the database rows they receive.
// Entities owned elsewhere are only references here: `{ id }` or `{ code }` for the gateway to resolve.
const config: CodegenConfig = {
  schema: [
    '../../packages/graph/federation.graphql',
    '../../packages/graph/common.graphql',
    'schema.graphql',
  ],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        contextType: '../context.js#Context',
        scalars: { Date: 'string', ID: 'string' },
        mappers: {
          EnergyProject: '../db/schema.js#EnergyProjectRow',
          ProjectCountry: '../db/schema.js#ProjectCountryRow',
          ProjectStakeholder: '../db/schema.js#ProjectStakeholderRow',
          Milestone: '../db/schema.js#MilestoneRow',
          EnergyTarget: '../db/schema.js#EnergyTargetRow',
          Citation: '@pamir/db#CitationValue',
          EnergyProjectConnection: '@pamir/graph#Connection<EnergyProjectRow>',
          Country: '../references.js#CountryRef',
          Organization: '../references.js#EntityRef',
          Place: '../references.js#EntityRef',
          SourceDocument: '../references.js#EntityRef',
        },
      },
    },
  },
};

export default config;
