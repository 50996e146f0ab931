import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for this subgraph, with resolvers' parents typed as the database rows they receive.
// Entities owned by other subgraphs are only references here: `{ id }` or `{ code }`.
const config: CodegenConfig = {
  schema: ['../../packages/graph/federation.graphql', '../../packages/graph/common.graphql', 'schema.graphql'],
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
          Agreement: '../db/schema.js#AgreementRow',
          AgreementParty: '../db/schema.js#AgreementPartyRow',
          DiplomaticEngagement: '../db/schema.js#EngagementRow',
          EngagementParticipant: '../db/schema.js#EngagementParticipantRow',
          Citation: '@pamir/db#CitationValue',
          AgreementConnection: '@pamir/graph#Connection<AgreementRow>',
          DiplomaticEngagementConnection: '@pamir/graph#Connection<EngagementRow>',
          Country: '../references.js#CountryRef',
          Organization: '../references.js#EntityRef',
          Person: '../references.js#EntityRef',
          Place: '../references.js#EntityRef',
          EnergyProject: '../references.js#EntityRef',
          SourceDocument: '../references.js#EntityRef',
        },
      },
    },
  },
};

export default config;
