import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * Validates a mutation's input with its zod schema. Every problem comes back at once, as
 * BAD_USER_INPUT with the path of each offending field (`input.date`), the first as `argument`.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, argument = 'input'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: [argument, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw invalidFields(fields);
}

/** BAD_USER_INPUT for one or more fields, each with its path and what is wrong with it. */
export function invalidFields(fields: { path: string; message: string }[]): GraphQLError {
  const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
  return new GraphQLError(`invalid input: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: fields[0]?.path, fields },
  });
}
