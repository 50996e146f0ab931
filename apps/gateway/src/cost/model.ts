import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
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

  /**
   * What the arguments given cost: an argument's own `@cost`, plus the `@cost` of each input field
   * the caller filled in (a `search` that scans text), written inline or passed as a variable.
   */
  argumentsCost(
    parent: GraphQLNamedType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    variables: Record<string, unknown>,
  ): number {
    if (!node.arguments?.length) return 0;
    const weights = this.directives.fields.get(`${parent.name}.${field.name}`)?.argumentWeights;
    let cost = 0;
    for (const argument of node.arguments) {
      cost += weights?.get(argument.name.value) ?? 0;
      const definition = field.args.find((candidate) => candidate.name === argument.name.value);
      if (definition && this.directives.inputFieldWeights.size) {
        cost += this.inputCost(getNamedType(definition.type), valueFromAST(argument.value, variables));
      }
    }
    return cost;
  }

  private inputCost(type: GraphQLNamedType, value: unknown): number {
    if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + this.inputCost(type, item), 0);
    if (!isInputObjectType(type) || value === null || typeof value !== 'object') return 0;
    const fields = type.getFields();
    let cost = 0;
    for (const [name, fieldValue] of Object.entries(value)) {
      if (fieldValue === undefined || fieldValue === null) continue;
      cost += this.directives.inputFieldWeights.get(`${type.name}.${name}`) ?? 0;
      const inputField = fields[name];
      if (inputField) cost += this.inputCost(getNamedType(inputField.type), fieldValue);
    }
    return cost;
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

/** An argument's value as plain data, variables filled in (enough to see which input fields are set). */
function valueFromAST(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((item) => valueFromAST(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueFromAST(field.value, variables)]));
    case Kind.NULL:
      return null;
    default:
      return true;
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
