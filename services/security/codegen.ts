import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for this subgraph, with resolvers' parents typed as the database rows they receive
// and other subgraphs' entities as the bare keys this subgraph holds for them.
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
          SecurityEvent: '../db/schema.js#SecurityEventRow',
          EventActor: '../db/schema.js#SecurityEventActorRow',
          MilitaryFacility: '../db/schema.js#MilitaryFacilityRow',
          ReportedAmount: '../db/schema.js#ReportedCostRow',
          Citation: '@pamir/db#CitationValue',
          SecurityEventConnection: '@pamir/graph#Connection<SecurityEventRow>',
          MilitaryFacilityConnection: '@pamir/graph#Connection<MilitaryFacilityRow>',
          Country: '../references.js#CountryRef',
          Place: '../references.js#EntityRef',
          Organization: '../references.js#EntityRef',
          SourceDocument: '../references.js#EntityRef',
        },
      },
    },
  },
};

export default config;
