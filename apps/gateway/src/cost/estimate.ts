import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostModel } from './model.js';

/**
 * The estimated cost of an operation before it runs: each field's weight, multiplied by the sizes
 * of the lists it sits in (the `first` it was given, else the argument's default, else
 * `@listSize(assumedSize:)`, else the configured default list size).
 */
export function estimateCost(
  model: CostModel,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = model.schema.getRootType(operation.operation);
  if (!root) return 0;

  const selectionSetCost = (
    parent: GraphQLNamedType,
    selectionSet: SelectionSetNode,
    sized: Map<string, number> | undefined,
    visiting: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        if (type) cost += selectionSetCost(type, selection.selectionSet, sized, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || visiting.has(fragment.name.value)) continue;
        cost += selectionSetCost(type, fragment.selectionSet, sized, new Set(visiting).add(fragment.name.value));
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      // Introspection and __typename cost nothing: the schema is public and served from memory.
      if (!field) continue;

      const listSize = model.listSize(parent, field);
      const sliced = model.slicedSize(field, selection, listSize, variables);
      const children = selection.selectionSet
        ? selectionSetCost(getNamedType(field.type), selection.selectionSet, model.sizedChildren(listSize, sliced), visiting)
        : 0;
      const one = model.weight(parent, field, parent === root ? operation.operation : undefined) + children;
      const arguments_ = model.argumentsCost(parent, field, selection, variables);
      if (!isListType(getNullableType(field.type))) {
        cost += one + arguments_;
        continue;
      }
      const size =
        sized?.get(field.name) ??
        (listSize?.sizedFields?.length ? undefined : sliced) ??
        listSize?.assumedSize ??
        model.defaultListSize;
      cost += size * one + arguments_;
    }
    return cost;
  };

  return selectionSetCost(root, operation.selectionSet, undefined, new Set());
}
