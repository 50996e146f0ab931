// The IDE's address as a shareable link: `/graphiql?query=…&variables=…&operationName=…` holds the
// open tab's operation, its variables and which of its operations runs. Request headers never go
// into it: they may hold a token.

export interface SharedOperation {
  query?: string;
  variables?: string;
  operationName?: string;
}

const keys = ['query', 'variables', 'operationName'] as const;

/** What a link asks the IDE to open; a parameter left out or empty is not asked for. */
export function readLink(search: string): SharedOperation {
  const params = new URLSearchParams(search);
  const shared: SharedOperation = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) shared[key] = value;
  }
  return shared;
}

/** The search part (`?query=…`) of a link to this operation; empty values are left out. */
export function linkSearch(operation: { [key in keyof SharedOperation]?: string | null }): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = operation[key];
    if (value?.trim()) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
