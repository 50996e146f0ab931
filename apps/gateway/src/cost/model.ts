import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  OperationTypeNode,
  type ValueNode,
} from 'graphql';
import { readCostDirectives, type CostDirectives, type ListSize } from './directives.js';

/** The weight of a mutation's root field with no `@cost` of its own (Apollo's and IBM's default). */
export const mutationBaseCost = 10;

/**
 * What one field costs, per the cost spec as Apollo Router's demand control reads it: an object
 * (interface, union) 1, a scalar or enum 0, unless `@cost` says otherwise; lists multiply.
 * Shared by the estimate (from the operation) and the actual cost (from the response).
 */
export class CostModel {
  private readonly directives: CostDirectives;

  constructor(
    readonly schema: GraphQLSchema,
    supergraphSdl: string,
    readonly defaultListSize: number,
  ) {
    this.directives = readCostDirectives(supergraphSdl);
  }

  /** The weight of one value of the field, before its selections. */
  weight(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, operation: OperationTypeNode | undefined): number {
    const own = this.directives.fields.get(`${parent.name}.${field.name}`)?.weight;
    if (own !== undefined) return own;
    if (operation === OperationTypeNode.MUTATION) return mutationBaseCost;
    const type = getNamedType(field.type);
    return this.directives.typeWeights.get(type.name) ?? (isCompositeType(type) ? 1 : 0);
  }

  /** What the arguments given cost, for arguments that carry `@cost`. */
  argumentsCost(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const weights = this.directives.fields.get(`${parent.name}.${field.name}`)?.argumentWeights;
    if (!weights?.size) return 0;
    return (node.arguments ?? []).reduce((sum, argument) => sum + (weights.get(argument.name.value) ?? 0), 0);
  }

  /**
   * The field's `@listSize`; without one, a field taking `first` is read the way every Pamir
   * connection works (`first` slices, `nodes` and `edges` are the sized lists), so an unannotated
   * supergraph is still estimated sensibly.
   */
  listSize(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): ListSize | undefined {
    const declared = this.directives.fields.get(`${parent.name}.${field.name}`)?.listSize;
    if (declared) return declared;
    if (!field.args.some((argument) => argument.name === 'first')) return undefined;
    const type = getNamedType(field.type);
    const connection = !isListType(getNullableType(field.type)) && 'getFields' in type;
    return { slicingArguments: ['first'], ...(connection ? { sizedFields: ['nodes', 'edges'] } : {}) };
  }

  /** The largest slicing argument given (literal, variable, or the argument's default). */
  slicedSize(
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    listSize: ListSize | undefined,
    variables: Record<string, unknown>,
  ): number | undefined {
    let size: number | undefined;
    for (const name of listSize?.slicingArguments ?? []) {
      const given = node.arguments?.find((argument) => argument.name.value === name)?.value;
      const value = given ? valueOf(given, variables) : field.args.find((argument) => argument.name === name)?.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, Math.max(0, value));
    }
    return size;
  }

  /** The sizes a field hands down to its sized children (`nodes`, `edges`), if any. */
  sizedChildren(listSize: ListSize | undefined, sliced: number | undefined): Map<string, number> | undefined {
    const size = sliced ?? listSize?.assumedSize;
    if (!listSize?.sizedFields?.length || size === undefined) return undefined;
    return new Map(listSize.sizedFields.map((name) => [name, size]));
  }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** Builds the model from what the gateway loaded. */
export function costModel(schema: GraphQLSchema, supergraphSdl: string, defaultListSize: number): CostModel {
  return new CostModel(schema, supergraphSdl, defaultListSize);
}
