import { DateScalar } from '@pamir/graph';
import type { GraphQLSchema } from 'graphql';

/**
 * The supergraph carries only the scalar's name; without this the gateway would pass any string
 * on as a Date and leave the subgraph to refuse it. Giving the gateway's copy the same checks
 * refuses a bad date at the edge, with BAD_USER_INPUT naming the argument.
 */
export function enforceScalars(schema: GraphQLSchema): void {
  const date = schema.getType('Date');
  if (date && 'parseLiteral' in date) {
    Object.assign(date, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral });
  }
}
