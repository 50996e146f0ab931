import { describe, expect, it } from 'vitest';
import { linkSearch, readLink } from '../src/graphiql/link';

// The IDE's shareable link: what it writes into the address bar reads back as the same operation.
describe('an IDE link', () => {
  it('reads back what it wrote, whatever the query holds', () => {
    const operation = {
      query: 'query Clashes($code: ID!) {\n  country(code: $code) { name }\n}\n# 50% & more?',
      variables: '{ "code": "TJK" }',
      operationName: 'Clashes',
    };
    const search = linkSearch(operation);
    expect(search).toMatch(/^\?query=.+&variables=.+&operationName=Clashes$/);
    expect(readLink(search)).toEqual(operation);
  });

  it('leaves out what is empty, and asks nothing of an address without it', () => {
    expect(linkSearch({ query: '{ countries { nodes { name } } }', variables: '  ', operationName: null })).toBe(
      '?query=%7B+countries+%7B+nodes+%7B+name+%7D+%7D+%7D',
    );
    expect(linkSearch({})).toBe('');
    expect(readLink('?variables=&other=1')).toEqual({});
  });
});
