// GraphQL Code Generator settings every subgraph shares: resolver types from its SDL (with the
// shared types and the federation directives), typed context, and parents typed as the rows the
// resolvers receive. Plain JavaScript, because codegen runs before anything is built.
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * @param {Record<string, string>} mappers GraphQL type name to `module#Type` (paths relative to src/generated/)
 * @returns {import('@graphql-codegen/cli').CodegenConfig}
 */
export function subgraphCodegen(mappers) {
  return {
    schema: [here('./federation.graphql'), here('./common.graphql'), 'schema.graphql'],
    generates: {
      'src/generated/graphql.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          contextType: '../context.js#Context',
          scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
          // The shared types' rows serve as they are: the tables' checks keep their text to the enums.
          mappers: {
            Citation: '@pamir/db#CitationValue',
            Revision: '@pamir/db#RevisionRow',
            AuditEntry: '@pamir/db#AuditEntryRow',
            Involvement: '@pamir/db#InvolvementValue',
            AuditEntryConnection: '@pamir/graph#Connection<AuditEntryRow>',
            ...mappers,
          },
        },
      },
    },
  };
}
