import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for this subgraph, with resolvers' parents typed as the database rows they receive.
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
          Country: '../db/schema.js#CountryRow',
          Place: '../db/schema.js#PlaceRow',
          Organization: '../db/schema.js#OrganizationRow',
          Person: '../db/schema.js#PersonRow',
          PersonRole: '../db/schema.js#PersonRoleRow',
          SourceDocument: '../db/schema.js#SourceDocumentRow',
          Citation: '@pamir/db#CitationValue',
          CountryConnection: '@pamir/graph#Connection<CountryRow>',
          PlaceConnection: '@pamir/graph#Connection<PlaceRow>',
          OrganizationConnection: '@pamir/graph#Connection<OrganizationRow>',
          PersonConnection: '@pamir/graph#Connection<PersonRow>',
          SourceDocumentConnection: '@pamir/graph#Connection<SourceDocumentRow>',
        },
      },
    },
  },
};

export default config;
