import { GraphQLError, Kind, parse, visit, type GraphQLFormattedError, type ASTNode } from 'graphql';

/** The error codes of the graph contract. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A client error that names the offending argument, e.g. `filter.from`. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

const knownCodes = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's word for a subgraph it could not reach; names the subgraph, leaks nothing else.
  'SUBGRAPH_UNAVAILABLE',
  // A subgraph's word for its database server being away; names the subgraph, leaks nothing else.
  'DATABASE_UNAVAILABLE',
]);

// Validation messages that are about a value the caller passed, not the shape of the query.
const valueProblem =
  /^(Expected value of type|Value ".*" does not exist in|Enum ".*" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Field ".*" of required type .* was not provided|Field ".*" is not defined by type)/;

/**
 * Shapes every error before it leaves a Pamir server: known client errors pass with their code;
 * a value the caller got wrong becomes BAD_USER_INPUT naming the argument; anything else is masked
 * as INTERNAL_SERVER_ERROR, so no SQL text or stack trace ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const given = formatted.extensions?.['code'];
  const code = typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
  const original = originalError(error);

  if (code === 'GRAPHQL_VALIDATION_FAILED' && (valueProblem.test(formatted.message) || pointsAtValue(original))) {
    const argument = original ? argumentOf(original) : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
    };
  }
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.['argument']) {
    // A bad variable names its path in the message; a bad literal is found in the document.
    const variable = /^Variable "\$([^"]+)" got invalid value.*? at "([^"]+)"/.exec(formatted.message);
    const plain = /^Variable "\$([^"]+)"/.exec(formatted.message);
    const argument = variable ? variable[2] : (plain?.[1] ?? (original ? argumentOf(original) : undefined));
    const { extensions } = withoutStack(formatted);
    return { ...formatted, extensions: { ...extensions, code, ...(argument ? { argument } : {}) } };
  }
  if (knownCodes.has(code)) return withoutStack(formatted);
  // A subgraph's own masked error comes through the gateway as it is.
  if (code === 'INTERNAL_SERVER_ERROR' && formatted.message === internalMessage) return withoutStack(formatted);
  return {
    message: internalMessage,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const internalMessage = 'Internal server error';

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** True when a validation error points at a value the caller wrote (a literal), not at the query's shape. */
function pointsAtValue(error: GraphQLError | undefined): boolean {
  const kind = error?.nodes?.[0]?.kind;
  return !!kind && valueKinds.has(kind);
}

const valueKinds = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.NULL,
  Kind.LIST,
  Kind.OBJECT,
]);

function originalError(error: unknown): GraphQLError | undefined {
  return error instanceof GraphQLError ? error : undefined;
}

/** The dotted argument path (`filter.from`) that encloses the node a validation error points at. */
function argumentOf(error: GraphQLError): string | undefined {
  const at = error.nodes?.[0]?.loc;
  const body = error.source?.body;
  if (!at || !body) return undefined;
  const path: string[] = [];
  const encloses = (node: ASTNode) => !!node.loc && node.loc.start <= at.start && at.end <= node.loc.end;
  visit(parse(body), {
    enter(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) {
        if (!encloses(node)) return false;
        path.push(node.name.value);
      } else if (node.loc && !encloses(node) && node.kind !== Kind.DOCUMENT) {
        return false;
      }
      return undefined;
    },
  });
  return path.length ? path.join('.') : undefined;
}
