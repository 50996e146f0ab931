import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { placeProblems } from '../src/components/FormErrors';
import { describeError, errorCodes, failedParts, fieldErrors, inputProblems, onlyFieldErrors } from '../src/lib/errors';

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

  it('names the parts of a page whose subgraph did not answer: by a null it alone answers, or by path', () => {
    const answers = (energyProjects: unknown) => ({
      reference: [{ name: 'Tajikistan' }],
      security: [{ totalCount: 1 }],
      diplomacy: [{ totalCount: 0 }],
      energy: [energyProjects],
    });
    const down = graphqlError([{ message: 'Internal server error' }]);
    expect(failedParts(down, answers(null))).toEqual(['energy']);
    const byPath = graphqlError([{ message: 'down', path: ['diplomacy', 'agreements'] }]);
    expect(failedParts(byPath, answers({ totalCount: 0 }))).toEqual(['diplomacy']);
    // A null is only a failure when the request had errors.
    expect(failedParts(undefined, answers(null))).toEqual([]);
  });

  it('says plainly when the gateway cannot be reached', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });

  it("reads every problem with a write's input: the subgraph's fields, or the gateway's one argument", () => {
    const subgraph = graphqlError([
      {
        message: 'invalid input: …',
        extensions: {
          code: 'BAD_USER_INPUT',
          argument: 'input.id',
          fields: [
            { path: 'input.id', message: 'must be a lowercase slug such as darvaz-district' },
            { path: 'input.citations', message: 'every record cites at least one source' },
          ],
        },
      },
    ]);
    expect(inputProblems(subgraph)).toEqual([
      { path: 'input.id', message: 'must be a lowercase slug such as darvaz-district' },
      { path: 'input.citations', message: 'every record cites at least one source' },
    ]);
    // A value the gateway refuses while reading the variables: one error per value, path in brackets.
    const gateway = graphqlError([
      {
        message: 'Variable "$input" got invalid value "" at "input.actors[0].role"; Value "" does not exist in "ActorRole" enum.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.actors[0].role' },
      },
      { message: 'Variable "$input" got invalid value 1.5 at "input.fatalities"; Int cannot represent non-integer value: 1.5', extensions: { code: 'BAD_USER_INPUT', argument: 'input.fatalities' } },
      { message: 'this operation needs the scope write:security', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(inputProblems(gateway)).toEqual([
      { path: 'input.actors.0.role', message: 'Value "" does not exist in "ActorRole" enum.' },
      { path: 'input.fatalities', message: 'Int cannot represent non-integer value: 1.5' },
    ]);
    expect([...errorCodes(gateway)]).toEqual(['BAD_USER_INPUT', 'FORBIDDEN']);
  });

  it('places a problem on the deepest field that shows its path; the rest stay unplaced', () => {
    const shown = { 'input.tags': 'Tags', 'input.citations': 'Sources', 'input.citations.0.quote': 'Source 1: quote' };
    const { byPath, unplaced } = placeProblems(
      [
        { path: 'input.tags.2', message: 'must not be empty' },
        { path: 'input.citations.0.quote', message: 'must not be empty' },
        { path: 'input.citations.1', message: 'odd' },
        { path: 'input.tagsAndMore', message: 'not the tags field' },
        { path: '', message: 'about the whole request' },
      ],
      shown,
    );
    expect(Object.fromEntries([...byPath].map(([path, problems]) => [path, problems.map((p) => p.message)]))).toEqual({
      'input.tags': ['must not be empty'],
      'input.citations.0.quote': ['must not be empty'],
      'input.citations': ['odd'],
    });
    expect(unplaced.map((p) => p.message)).toEqual(['not the tags field', 'about the whole request']);
  });
});
