import { buildSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
// The API schema the gateway serves, committed next to the supergraph (descriptions included).
import committedSchema from '../../../../packages/supergraph/schema.graphql?raw';

/**
 * The schema for the docs explorer, the query builder and autocompletion: the gateway's own answer
 * to introspection where it gives one; the committed API schema where it does not (a gateway run
 * with NODE_ENV=production turns introspection off), so the IDE is never without its docs.
 */
export async function loadSchema(gatewayUrl: string): Promise<IntrospectionQuery | GraphQLSchema> {
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }),
    });
    const body = (await response.json()) as { data?: IntrospectionQuery | null };
    if (body.data?.__schema) return body.data;
  } catch {
    // The gateway is not answering yet; the committed schema still documents the graph.
  }
  return buildSchema(committedSchema);
}
