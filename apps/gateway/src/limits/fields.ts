import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * How many fields an operation asks for once its fragments are written out in full. A few short
 * fragments that each spread the last twice ask for 2^n fields while staying shallow, alias-free
 * and small: the query planner expands them, and 30 of them would hold the gateway's one thread
 * for most of an hour. Each fragment's size is worked out once, so counting stays linear.
 */
export function maxFieldsRule(limit: number, refuse: (found: number) => GraphQLError): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const found = expandedSize(context, operation.selectionSet, new Map(), new Set());
      if (found > limit) context.reportError(refuse(found));
      return false;
    },
  });
}

function expandedSize(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  sizes: Map<string, number>,
  visiting: Set<string>,
): number {
  let size = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      size += 1 + (selection.selectionSet ? expandedSize(context, selection.selectionSet, sizes, visiting) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      size += expandedSize(context, selection.selectionSet, sizes, visiting);
    } else {
      const name = selection.name.value;
      // A cycle counts nothing here: validation refuses it on its own (FRAGMENT_CYCLE).
      if (visiting.has(name)) continue;
      let fragmentSize = sizes.get(name);
      if (fragmentSize === undefined) {
        const fragment = context.getFragment(name);
        visiting.add(name);
        fragmentSize = fragment ? expandedSize(context, fragment.selectionSet, sizes, visiting) : 0;
        visiting.delete(name);
        sizes.set(name, fragmentSize);
      }
      size += fragmentSize;
    }
  }
  return size;
}
