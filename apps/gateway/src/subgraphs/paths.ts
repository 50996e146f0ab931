import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * The response paths a subgraph request would have filled, in the form the gateway maps back onto
 * the client's response: `[field]` for a root fetch, `["_entities", i, field]` for each entity of
 * an entity fetch. An error carrying them lands on the fields the failure cost the client.
 */
export function requestedPaths(
  document: DocumentNode | undefined,
  query: string,
  variables: Record<string, unknown> | undefined,
): (string | number)[][] {
  const operation = (document ?? parse(query)).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const representations = variables?.['representations'];
  if (!Array.isArray(representations)) return responseKeys(operation.selectionSet).map((key) => [key]);

  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return [];
  const entitySelections = entities.selectionSet;
  return representations.flatMap((representation: unknown, index) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    return responseKeys(entitySelections, typeof typename === 'string' ? typename : undefined).map((key) => [
      '_entities',
      index,
      key,
    ]);
  });
}

/** The response keys a selection set asks for (through inline fragments on the given type). */
function responseKeys(selectionSet: SelectionSetNode, typename?: string): string[] {
  const keys: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.push(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (!condition || !typename || condition === typename) keys.push(...responseKeys(selection.selectionSet, typename));
    }
  }
  return [...new Set(keys)];
}
