import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One error as the graph sends it: `extensions.code` says what kind (see apps/README.md). */
export interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A response as it came: `data` can hold some parts while `errors` says why others are null. */
export interface GraphResponse<T> {
  data: T | null;
  errors: GraphError[];
}

/** The gateway could not be reached, or answered with something that is not a GraphQL response. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The graph answered with errors and no data at all: a refused request (bad input, a limit, …). */
export class GraphErrors extends Error {
  constructor(readonly errors: GraphError[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'UNKNOWN'}: ${error.message}`).join('; '));
    this.name = 'GraphErrors';
  }

  /** The first error with this code, to read its `extensions` (`argument`, `serviceName`, …). */
  find(code: string): GraphError | undefined {
    return this.errors.find((error) => error.extensions?.code === code);
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  gateway: string;
  /** A token from `pnpm -s run token --scope write:<subgraph>`; needed only for writes. */
  token?: string;
}

export type Client = <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V) => Promise<GraphResponse<T>>;

/**
 * A typed request over plain fetch. Throws HttpError when no GraphQL response came back and
 * GraphErrors when the response holds no data; otherwise returns data and errors together, so
 * the caller decides what a partial answer means for it.
 */
export function createClient({ gateway, token }: ClientOptions): Client {
  return async (document, variables) => {
    let response: Response;
    try {
      response = await fetch(gateway, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
    } catch (error) {
      throw new HttpError(`could not reach ${gateway}: ${(error as Error).message}`);
    }
    // A refused request comes with a 4xx and a GraphQL body: read the body whatever the status.
    const body = await readBody(response);
    if (!body || (!('data' in body) && !('errors' in body))) {
      throw new HttpError(`${gateway} answered ${response.status} without a GraphQL response`, response.status);
    }
    const data = (body.data ?? null) as never;
    const errors = (body.errors ?? []) as GraphError[];
    if (data === null) throw new GraphErrors(errors.length ? errors : [{ message: 'no data and no errors' }]);
    return { data, errors };
  };
}

async function readBody(response: Response): Promise<{ data?: unknown; errors?: unknown } | undefined> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    return (await response.json()) as { data?: unknown; errors?: unknown };
  } catch {
    return undefined;
  }
}
