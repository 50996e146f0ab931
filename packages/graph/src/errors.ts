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
  // The gateway's refusals, before any subgraph is called: each names the limit and the value found.
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_FIELDS',
  'FRAGMENT_CYCLE',
  'COST_ESTIMATED_TOO_EXPENSIVE',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'SUBSCRIPTIONS_NOT_SUPPORTED',
]);

// Extensions that can carry another server's raw answer or internals; never passed on.
const internalExtensions = ['stacktrace', 'exception', 'response'];

// Validation messages that are about a value the caller passed, not the shape of the query.
const valueProblem =
  /^(Expected value of type|Value ".*" does not exist in|Enum ".*" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Field ".*" of required type .* was not provided|Field ".*" is not defined by type)/;

/**
 * Shapes every error before it leaves a Pamir server: known client errors pass with their code;
 * a value the caller got wrong becomes BAD_USER_INPUT naming the argument; anything else is masked
 * as INTERNAL_SERVER_ERROR, so no SQL text or stack trace ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalError(error);
  const given = formatted.extensions?.['code'];
  // Apollo Server fills in INTERNAL_SERVER_ERROR where the error itself named no code.
  const filledIn = given === 'INTERNAL_SERVER_ERROR' && original && original.extensions['code'] === undefined;
  const code = filledIn ? protocolCode(original) : typeof given === 'string' ? given : 'INTERNAL_SERVER_ERROR';
  const serviceName = formatted.extensions?.['serviceName'];
  const service = typeof serviceName === 'string' ? { serviceName } : {};

  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    // A validation rule that names its own refusal (a limit) keeps its code; so does a fragment cycle.
    // A scalar's refusal of a value (BAD_USER_INPUT) goes on below, to name its argument.
    const ruleCode = original?.originalError instanceof GraphQLError ? original.originalError.extensions['code'] : undefined;
    if (typeof ruleCode === 'string' && ruleCode !== 'BAD_USER_INPUT' && knownCodes.has(ruleCode)) {
      return withoutInternals({ ...formatted, extensions: { ...formatted.extensions, code: ruleCode } });
    }
    if (/^Cannot spread fragment ".*" within itself/.test(formatted.message)) {
      return withoutInternals({ ...formatted, extensions: { ...formatted.extensions, code: 'FRAGMENT_CYCLE' } });
    }
  }

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
    const { extensions } = withoutInternals(formatted);
    return { ...formatted, extensions: { ...extensions, code, ...(argument ? { argument } : {}) } };
  }
  if (knownCodes.has(code)) return withoutInternals({ ...formatted, extensions: { ...formatted.extensions, code } });
  // A subgraph's own masked error comes through the gateway as it is, naming the subgraph.
  if (code === 'INTERNAL_SERVER_ERROR' && formatted.message === internalMessage) return withoutInternals(formatted);
  // Anything else is masked; what the gateway knows of where it happened (the subgraph, the path) stays.
  return {
    message: internalMessage,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...service },
  };
}

const internalMessage = 'Internal server error';

/**
 * Apollo Server's own refusals of a malformed request (a persisted query of an unknown version, a
 * hash that does not match its text) carry a 4xx status but no code: the caller's mistake, said
 * as BAD_REQUEST. Anything else without a code is internal.
 */
function protocolCode(error: GraphQLError): string {
  const status = (error.extensions['http'] as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const given = formatted.extensions;
  if (!given || !internalExtensions.some((name) => name in given)) return formatted;
  const extensions = Object.fromEntries(Object.entries(given).filter(([name]) => !internalExtensions.includes(name)));
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
