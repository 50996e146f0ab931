import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The GraphQL errors inside whatever Apollo Client reports (none for a network failure). */
export function graphqlErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** A sentence for a reader: the server's own words for GraphQL errors, plain words for the network. */
export function describeError(error: unknown): string {
  const errors = graphqlErrors(error);
  if (errors.length) return [...new Set(errors.map((e) => e.message))].join(' ');
  if (ServerError.is(error)) return `The gateway answered with HTTP ${error.statusCode}.`;
  return 'The gateway could not be reached. Is the graph running?';
}

/**
 * Errors that name a filter field (`extensions.argument` such as `filter.from`), keyed by that field,
 * so a form can show the server's message next to the control it is about.
 */
export function fieldErrors(error: unknown, argument = 'filter'): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of graphqlErrors(error)) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const named = e.extensions['argument'];
    if (typeof named !== 'string' || !named.startsWith(`${argument}.`)) continue;
    const field = named.slice(argument.length + 1).replace(/\[\d+\]$/, '').split('.')[0];
    if (field && !byField[field]) byField[field] = e.message;
  }
  return byField;
}

/** True when every error is a BAD_USER_INPUT about a filter field already shown next to it. */
export function onlyFieldErrors(error: unknown, argument = 'filter'): boolean {
  const errors = graphqlErrors(error);
  const aboutAFilterField = (e: GraphQLFormattedError) => {
    const named = e.extensions?.['argument'];
    return e.extensions?.['code'] === 'BAD_USER_INPUT' && typeof named === 'string' && named.startsWith(`${argument}.`);
  };
  return errors.length > 0 && errors.every(aboutAFilterField);
}

/**
 * Which parts of a one-request page failed. Pages ask each subgraph for its part under its own alias
 * (`security: country(code: …)`); `answers` lists, for each part, what only that subgraph answers:
 * its root field, or the fields it adds to another subgraph's entity. Those are null only when the
 * subgraph did not answer, so a part failed when the request had errors and one of them is null or
 * missing. An error's `path`, where the gateway gives one, names the part too.
 */
export function failedParts<Part extends string>(error: unknown, answers: Record<Part, readonly unknown[]>): Part[] {
  if (!error) return [];
  const named = new Set(graphqlErrors(error).map((e) => e.path?.[0]));
  const parts = Object.keys(answers) as Part[];
  return parts.filter((part) => named.has(part) || answers[part].some((answer) => answer === null || answer === undefined));
}

/** The `extensions.code` of each GraphQL error (BAD_USER_INPUT, FORBIDDEN, CONFLICT, …). */
export function errorCodes(error: unknown): Set<string> {
  return new Set(graphqlErrors(error).map((e) => e.extensions?.['code']).filter((code): code is string => typeof code === 'string'));
}

/** The first GraphQL error with this code, if any. */
export function errorWithCode(error: unknown, code: string): GraphQLFormattedError | undefined {
  return graphqlErrors(error).find((e) => e.extensions?.['code'] === code);
}

/** One problem with a mutation's input, at a path such as `input.actors.1.organization`. */
export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Every problem the server found with an input, from its BAD_USER_INPUT errors: a write's
 * `extensions.fields` (every field at once), or the one `extensions.argument` a value check names
 * (`input.date`, `input.actors[0].role`). Paths are written with dots throughout.
 */
export function inputProblems(error: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');
  for (const e of graphqlErrors(error)) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions['fields'];
    if (Array.isArray(fields) && fields.length) {
      for (const field of fields as unknown[]) {
        const { path, message } = (field ?? {}) as { path?: unknown; message?: unknown };
        if (typeof message === 'string') problems.push({ path: typeof path === 'string' ? dotted(path) : '', message });
      }
      continue;
    }
    const argument = e.extensions['argument'];
    // A value refused while the request is read: 'Variable "$input" got invalid value "" at
    // "input.date"; Date must be …'. The path is the field's; the words after it are the message.
    const message = typeof argument === 'string' ? e.message.replace(/^Variable "\$[^"]+" got invalid value [\s\S]*? at "[^"]+"; /, '') : e.message;
    problems.push({ path: typeof argument === 'string' ? dotted(argument) : '', message });
  }
  return problems;
}
