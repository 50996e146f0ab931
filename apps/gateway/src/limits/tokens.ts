import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayMetrics } from '../metrics.js';
import { refusal } from '../refusal.js';

/**
 * The token limit. graphql-js aborts the parse itself once a document passes `maxTokens` (Apollo
 * Server's `parseOptions`), so a huge document costs no more than the limit; GraphQL Armor's own
 * Apollo plugin throws from `parsingDidStart`, which Apollo Server 5 answers with a 500. The parse
 * failure is then told to the client as TOO_MANY_TOKENS with the limit and the document's count.
 */
export function tokenLimitRefusal(
  formatted: GraphQLFormattedError,
  error: unknown,
  maxTokens: number,
  metrics: GatewayMetrics,
): GraphQLFormattedError | undefined {
  if (formatted.extensions?.['code'] !== 'GRAPHQL_PARSE_FAILED') return undefined;
  // graphql 16 says "more that N tokens"; a later release may spell it right.
  if (!/Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) return undefined;
  const source = sourceOf(error);
  const found = source === undefined ? undefined : countTokens(source, maxTokens);
  const refused = refusal(
    metrics,
    'TOO_MANY_TOKENS',
    `Token limit of ${maxTokens} exceeded${found === undefined ? '' : `, found ${found}`}.`,
    { limit: maxTokens, ...(found === undefined ? {} : { found }) },
  );
  const { http: _http, ...extensions } = refused.extensions;
  return { message: refused.message, extensions };
}

/** The document's tokens, counted by GraphQL Armor's parser to the end (the body size bounds it). */
export function countTokens(source: string, maxTokens: number): number {
  const parser = new MaxTokensParserWLexer(source, { n: maxTokens, propagateOnRejection: false });
  try {
    parser.parseDocument();
  } catch {
    // A syntax error further on: the count up to it stands.
  }
  return parser.tokenCount;
}

function sourceOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 3; depth += 1) {
    if (current instanceof GraphQLError && current.source) return current.source.body;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
