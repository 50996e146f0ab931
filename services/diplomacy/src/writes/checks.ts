import { invalidFields } from '@pamir/server';
import { GraphQLError } from 'graphql';

interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Runs reference checks side by side (peers, this database) and refuses once, naming every missing
 * reference, so the caller sees all of them at once. Any other failure is passed on as it is.
 */
export async function requireAll(checks: readonly Promise<void>[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const result of await Promise.allSettled(checks)) {
    if (result.status === 'fulfilled') continue;
    const fields = fieldsOf(result.reason);
    if (!fields) throw result.reason;
    problems.push(...fields);
  }
  if (problems.length) throw invalidFields(problems);
}

function fieldsOf(error: unknown): FieldProblem[] | undefined {
  if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'BAD_USER_INPUT') return undefined;
  const fields = error.extensions['fields'];
  return Array.isArray(fields) ? (fields as FieldProblem[]) : undefined;
}
