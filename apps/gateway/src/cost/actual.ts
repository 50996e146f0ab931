import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostModel } from './model.js';

type Data = Record<string, unknown>;

/**
 * The cost of what was actually returned: the same weights as the estimate, counted over the
 * objects and values in the response instead of assumed list sizes. A field selected twice (in
 * the query and in a fragment) is counted once, as it is returned once.
 */
export function actualCost(
  model: CostModel,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Data | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const root = model.schema.getRootType(operation.operation);
  if (!root || !data) return 0;
  const counted = new WeakMap<Data, Set<string>>();

  const selectionSetCost = (parent: GraphQLNamedType, selectionSet: SelectionSetNode, object: Data): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && applies(type, object)) cost += selectionSetCost(type, selection.selectionSet, object);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && applies(type, object)) cost += selectionSetCost(type, fragment.selectionSet, object);
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      if (!(key in object)) continue;
      const owner = concreteType(parent, object);
      const field = owner && (isObjectType(owner) || isInterfaceType(owner)) ? owner.getFields()[selection.name.value] : undefined;
      if (!owner || !field) continue;
      const seen = counted.get(object) ?? new Set<string>();
      counted.set(object, seen);
      const first = !seen.has(key);
      seen.add(key);
      const operationType = parent === root ? operation.operation : undefined;
      cost += valueCost(owner, field, selection, object[key], first, operationType);
      if (first) cost += model.argumentsCost(owner, field, selection, variables);
    }
    return cost;
  };

  const valueCost = (
    parent: GraphQLNamedType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    value: unknown,
    first: boolean,
    operationType: OperationDefinitionNode['operation'] | undefined,
  ): number => {
    if (value === null || value === undefined) return 0;
    if (Array.isArray(value)) {
      return value.reduce<number>((sum, item) => sum + valueCost(parent, field, node, item, first, operationType), 0);
    }
    const weight = first ? model.weight(parent, field, operationType) : 0;
    if (typeof value !== 'object' || !node.selectionSet) return weight;
    return weight + selectionSetCost(getNamedType(field.type), node.selectionSet, value as Data);
  };

  const applies = (type: GraphQLNamedType, object: Data): boolean => {
    const typename = object['__typename'];
    if (typeof typename !== 'string' || typename === type.name) return true;
    const concrete = model.schema.getType(typename);
    return !!concrete && isObjectType(concrete) && isAbstractType(type) && model.schema.isSubType(type, concrete);
  };

  const concreteType = (parent: GraphQLNamedType, object: Data): GraphQLNamedType | undefined => {
    const typename = object['__typename'];
    if (isAbstractType(parent) && typeof typename === 'string') return model.schema.getType(typename) ?? parent;
    return parent;
  };

  return selectionSetCost(root, operation.selectionSet, data);
}
