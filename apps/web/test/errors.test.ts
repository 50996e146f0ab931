import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, failedParts, fieldErrors, onlyFieldErrors } from '../src/lib/errors';

const graphqlError = (errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[], data: unknown = null) =>
  new CombinedGraphQLErrors({ data: data as Record<string, unknown>, errors });

describe('errors, told to the reader', () => {
  it('puts a BAD_USER_INPUT next to the filter field it names', () => {
    const error = graphqlError([{ message: 'filter.from must not come after filter.to', extensions: { code: 'BAD_USER_INPUT', argument: 'filter.from' } }]);
    expect(fieldErrors(error)).toEqual({ from: 'filter.from must not come after filter.to' });
    expect(onlyFieldErrors(error)).toBe(true);
  });

  it('maps an enum value error inside a list to its field', () => {
    const error = graphqlError([{ message: 'Value "PICNIC" does not exist', extensions: { code: 'BAD_USER_INPUT', argument: 'filter.eventTypes[0]' } }]);
    expect(fieldErrors(error)).toEqual({ eventTypes: 'Value "PICNIC" does not exist' });
  });

  it('names the parts of a page whose subgraph did not answer, by alias or by path', () => {
    const data = { reference: { name: 'Tajikistan' }, security: {}, diplomacy: {}, energy: null };
    const byNull = graphqlError([{ message: 'Internal server error' }], data);
    expect(failedParts(data, byNull, ['reference', 'security', 'diplomacy', 'energy'])).toEqual(['energy']);
    const byPath = graphqlError([{ message: 'down', path: ['diplomacy', 'agreements'] }], { ...data, energy: {} });
    expect(failedParts({ ...data, energy: {} }, byPath, ['reference', 'security', 'diplomacy', 'energy'])).toEqual(['diplomacy']);
    expect(failedParts(data, undefined, ['energy'])).toEqual([]);
  });

  it('says plainly when the gateway cannot be reached', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });
});
