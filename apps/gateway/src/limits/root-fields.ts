import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * How many fields an operation asks for at its root, fragments included: each is at least one
 * subgraph call, so a flood of them is a flood of calls. GraphQL Armor has no rule for this one.
 * `__typename` is free and not counted.
 */
export function maxRootFieldsRule(limit: number, refuse: (found: number) => GraphQLError): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const found = countRootFields(context, operation.selectionSet, new Set());
      if (found > limit) context.reportError(refuse(found));
      return false;
    },
  });
}

function countRootFields(context: ValidationContext, selectionSet: SelectionSetNode, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, seen);
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread twice (or in a cycle, which validation refuses on its own) counts once.
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(context, fragment.selectionSet, seen);
    }
  }
  return count;
}
