import { GraphQLError, Source, parse, validate, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, decodeCursor, encodeCursor, formatError, isIsoDate, pageRequest, requireRange, toConnection } from '../src/index.js';

describe('Date', () => {
  it('takes real calendar dates written YYYY-MM-DD only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-13-01', '2023-1-01', '01/02/2023', '']) expect(isIsoDate(bad)).toBe(false);
    expect(DateScalar.parseValue('2023-08-30')).toBe('2023-08-30');
    expect(() => DateScalar.parseValue('2023-02-30')).toThrow(/real calendar date/);
  });
});

describe('pages and cursors', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor(['2023-08-30', 'some-id']);
    expect(decodeCursor(cursor)).toEqual(['2023-08-30', 'some-id']);
  });

  it('refuses cursors it did not give out, naming `after`', () => {
    for (const bad of ['', 'not base64 json', encodeCursor([]), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }));
    }
  });

  it('keeps `first` between 0 and 100, defaulting to 20', () => {
    expect(pageRequest({}).first).toBe(20);
    expect(pageRequest({ first: 0 }).first).toBe(0);
    expect(() => pageRequest({ first: 101 })).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }));
  });

  it('reports a next page only when the extra row came back, and counts lazily', async () => {
    let counted = 0;
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], { first: 2, after: undefined }, (row) => [row.id], () => {
      counted++;
      return Promise.resolve(3);
    });
    expect(connection.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(counted).toBe(0);
    expect(await connection.totalCount()).toBe(3);
  });

  it('refuses a range that ends before it starts, naming filter.from', () => {
    expect(() => requireRange({ from: '2024-01-01', to: '2023-01-01' })).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.from' } }),
    );
    expect(() => requireRange({ from: '2023-01-01', to: '2023-01-01' })).not.toThrow();
  });
});

describe('formatError', () => {
  const schema = buildSchema(`
    enum Kind { A B }
    input Filter { kinds: [Kind!], nested: Inner }
    input Inner { when: Int }
    type Query { things(filter: Filter, first: Int): Int }
  `);
  const validationError = (query: string) => {
    const [error] = validate(schema, parse(new Source(query)));
    return error!;
  };
  const format = (error: GraphQLError, code = 'GRAPHQL_VALIDATION_FAILED') =>
    formatError({ message: error.message, extensions: { code } }, error);

  it('turns a wrong value into BAD_USER_INPUT naming the argument path', () => {
    expect(format(validationError('{ things(filter: { kinds: [C] }) }')).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.kinds' });
    expect(format(validationError('{ things(filter: { nested: { when: "x" } }) }')).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.nested.when' });
    expect(format(validationError('{ things(first: "ten") }')).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('leaves other validation errors as they are', () => {
    const formatted = format(validationError('{ nothing }'));
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks unexpected errors, so no internals reach a client', () => {
    const internal = new GraphQLError('select * from secret failed: relation does not exist');
    const formatted = formatError({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, internal);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("keeps which subgraph failed, and where, when it masks a subgraph's error", () => {
    const downstream = new GraphQLError('connect ECONNREFUSED /var/run/postgresql/.s.PGSQL.5432');
    const formatted = formatError(
      {
        message: downstream.message,
        path: ['country', 'energyProjects'],
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'energy', stacktrace: ['at x'] },
      },
      downstream,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['country', 'energyProjects'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'energy' },
    });
  });

  it("passes a known code on without another server's raw answer", () => {
    const formatted = formatError(
      { message: 'this subgraph only answers the gateway', extensions: { code: 'FORBIDDEN', response: { status: 403, body: { errors: [] } } } },
      undefined,
    );
    expect(formatted).toEqual({ message: 'this subgraph only answers the gateway', extensions: { code: 'FORBIDDEN' } });
  });

  it("gives Apollo Server's own refusals of a malformed request (4xx, no code) BAD_REQUEST, not an internal error", () => {
    const refusal = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    const formatted = formatError({ message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refusal);
    expect(formatted).toEqual({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
    const crash = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    expect(formatError({ message: crash.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(crash.message, { originalError: crash })))
      .toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('reports a fragment cycle as FRAGMENT_CYCLE', () => {
    const cycle = validationError('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(format(cycle).extensions).toEqual({ code: 'FRAGMENT_CYCLE' });
  });

  it('names the variable path of a bad variable value', () => {
    const formatted = formatError(
      { message: 'Variable "$f" got invalid value "X" at "f.kinds[0]"; Value "X" does not exist in "Kind" enum.', extensions: { code: 'BAD_USER_INPUT' } },
      undefined,
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'f.kinds[0]' });
  });
});

describe('formatError with errors already coded BAD_USER_INPUT', () => {
  it('finds the argument of a bad literal in the document', () => {
    const schema = buildSchema(`enum Kind { A B } input Filter { kinds: [Kind!] } type Query { things(filter: Filter): Int }`);
    const [error] = validate(schema, parse(new Source('{ things(filter: { kinds: [C] }) }')));
    const formatted = formatError({ message: error!.message, extensions: { code: 'BAD_USER_INPUT' } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.kinds' });
  });
});

describe('formatError with a custom scalar', () => {
  it('names the argument of a literal the scalar refuses', () => {
    const schema = buildSchema(`scalar Date input Filter { from: Date } type Query { things(filter: Filter): Int }`);
    const date = schema.getType('Date')!;
    Object.assign(date, { parseLiteral: DateScalar.parseLiteral, parseValue: DateScalar.parseValue });
    const [error] = validate(schema, parse(new Source('{ things(filter: { from: "2023-13-01" }) }')));
    const formatted = formatError({ message: error!.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(formatted.message).toMatch(/YYYY-MM-DD/);
  });
});
