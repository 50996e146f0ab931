import {
  Kind,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
} from 'graphql';

/** What `@listSize` says about a list field (federation's cost spec, v0.1). */
export interface ListSize {
  assumedSize?: number | undefined;
  slicingArguments?: string[] | undefined;
  sizedFields?: string[] | undefined;
  requireOneSlicingArgument?: boolean | undefined;
}

/** The cost annotations of one field: its own weight, its list size, its arguments' weights. */
export interface FieldCost {
  weight?: number | undefined;
  listSize?: ListSize | undefined;
  argumentWeights: Map<string, number>;
}

/**
 * Every cost annotation of a supergraph: by type (`Country`), by field (`Country.securityEvents`),
 * and by input field (`SecurityEventFilter.search`, counted when a caller fills it in).
 */
export interface CostDirectives {
  typeWeights: Map<string, number>;
  fields: Map<string, FieldCost>;
  inputFieldWeights: Map<string, number>;
}

const costSpec = 'https://specs.apollo.dev/cost/';

/**
 * Reads `@cost` and `@listSize` from a composed supergraph's SDL. Composition keeps them on the
 * fields and types they were written on, under the names the supergraph's `@link` to the cost spec
 * gives them (`@cost` and `@listSize` unless renamed), so those names are read from the link first.
 * A supergraph with no cost link yields no annotations, and the estimator falls back to defaults.
 */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl);
  const names = directiveNames(document.definitions);
  const typeWeights = new Map<string, number>();
  const fields = new Map<string, FieldCost>();
  const inputFieldWeights = new Map<string, number>();
  if (!names) return { typeWeights, fields, inputFieldWeights };

  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives, names.cost);
    if (typeWeight !== undefined) typeWeights.set(typeName, typeWeight);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind === Kind.INPUT_VALUE_DEFINITION) {
        const weight = weightOf(field.directives, names.cost);
        if (weight !== undefined) inputFieldWeights.set(`${typeName}.${field.name.value}`, weight);
        continue;
      }
      const cost = fieldCost(field, names);
      if (cost) fields.set(`${typeName}.${field.name.value}`, cost);
    }
  }
  return { typeWeights, fields, inputFieldWeights };
}

function fieldCost(field: FieldDefinitionNode, names: { cost: string; listSize: string }): FieldCost | undefined {
  const weight = weightOf(field.directives, names.cost);
  const listSizeNode = field.directives?.find((directive) => directive.name.value === names.listSize);
  const argumentWeights = new Map<string, number>();
  for (const argument of field.arguments ?? []) {
    const argumentWeight = weightOf(argument.directives, names.cost);
    if (argumentWeight !== undefined) argumentWeights.set(argument.name.value, argumentWeight);
  }
  if (weight === undefined && !listSizeNode && argumentWeights.size === 0) return undefined;
  const listSize = listSizeNode ? (argumentsOf(listSizeNode) as ListSize) : undefined;
  return { weight, listSize, argumentWeights };
}

function weightOf(directives: readonly DirectiveNode[] | undefined, name: string): number | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === name);
  if (!directive) return undefined;
  const weight = argumentsOf(directive)['weight'];
  return typeof weight === 'number' ? weight : undefined;
}

function argumentsOf(directive: DirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}

/** The names `@cost` and `@listSize` go by in this supergraph, or nothing when it links no cost spec. */
function directiveNames(definitions: readonly DefinitionNode[]): { cost: string; listSize: string } | undefined {
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const link = argumentsOf(directive) as { url?: string; as?: string; import?: unknown[] };
      if (!link.url?.startsWith(costSpec)) continue;
      const prefix = link.as ?? 'cost';
      const imported = new Map<string, string>();
      for (const entry of link.import ?? []) {
        if (typeof entry === 'string') imported.set(entry, entry);
        else if (entry && typeof entry === 'object' && 'name' in entry) {
          const { name, as } = entry as { name: string; as?: string };
          imported.set(name, as ?? name);
        }
      }
      const named = (directive: string, unimported: string) => (imported.get(`@${directive}`) ?? `@${unimported}`).slice(1);
      return { cost: named('cost', prefix), listSize: named('listSize', `${prefix}__listSize`) };
    }
  }
  return undefined;
}
