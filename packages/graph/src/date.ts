import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const match = shape.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// `node` lets an error about a literal point at where the caller wrote it.
function parse(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Date`: a calendar date as `YYYY-MM-DD`, carried as that string everywhere. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral(ast) {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});
