import {
  Kind,
  OperationTypeNode,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { readSupergraph } from './files.js';

/** Entity types and the subgraph that owns each: `{ Place: '<subgraph>', ... }`. */
export type EntityOwnerNames = Readonly<Record<string, string>>;

/**
 * Who owns each entity type (a type with a `@key`), read from a supergraph's `@join__*` directives.
 *
 * The rule: an entity's owner is the one subgraph whose root `Query` fields return the type itself
 * (the type or a list of it, as `Query.place` returns `Place`); the other subgraphs that declare
 * it only add fields to it or refer to it. The owner must resolve the type by its key (`_entities`
 * is how a write asks it whether a record exists).
 *
 * Two subgraphs serving an entity from the root is an error, as is an owner that cannot resolve
 * it: the graph is refused rather than guessed at. An entity no subgraph serves from the root has
 * no owner, and a write that names one is refused when it does.
 */
export function entityOwners(supergraphSdl: string | DocumentNode): EntityOwnerNames {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const objects = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const graphs = graphNames(document);
  const subgraphOf = (graph: string) => {
    const name = graphs.get(graph);
    if (!name) throw new Error(`the supergraph names a graph ${graph} its join__Graph enum does not list`);
    return name;
  };

  // Every entity type, with how each subgraph declares it.
  const declarations = new Map<string, { subgraph: string; resolvable: boolean }[]>();
  for (const type of objects) {
    const joins = directives(type.directives, 'join__type');
    if (!joins.some((join) => argument(join, 'key') !== undefined)) continue;
    declarations.set(
      type.name.value,
      joins
        .filter((join) => argument(join, 'key') !== undefined)
        .map((join) => ({ subgraph: subgraphOf(String(argument(join, 'graph'))), resolvable: argument(join, 'resolvable') !== false })),
    );
  }

  // Which subgraphs serve each entity type from the root.
  const query = objects.find((type) => type.name.value === queryTypeName(document));
  const queryGraphs = directives(query?.directives, 'join__type').map((join) => String(argument(join, 'graph')));
  const servedBy = new Map<string, Set<string>>();
  for (const field of query?.fields ?? []) {
    const returned = namedType(field.type);
    if (!declarations.has(returned)) continue;
    const joined = directives(field.directives, 'join__field').map((join) => argument(join, 'graph'));
    // A field with no @join__field is served by every subgraph that declares Query.
    const fieldGraphs = joined.length ? joined.filter((graph) => graph !== undefined).map(String) : queryGraphs;
    const set = servedBy.get(returned) ?? new Set<string>();
    for (const graph of fieldGraphs) set.add(subgraphOf(graph));
    servedBy.set(returned, set);
  }

  const owners: Record<string, string> = {};
  const problems: string[] = [];
  for (const [typename, served] of [...servedBy].sort(([a], [b]) => a.localeCompare(b))) {
    const [owner, ...others] = [...served].sort();
    if (!owner) continue;
    if (others.length) {
      problems.push(`${typename} is served from the root by ${[owner, ...others].join(' and ')}: which of them owns it?`);
    } else if (!declarations.get(typename)?.some((d) => d.subgraph === owner && d.resolvable)) {
      problems.push(`${typename} is served from the root by ${owner}, which does not resolve it by its key`);
    } else {
      owners[typename] = owner;
    }
  }
  if (problems.length) throw new Error(`cannot tell who owns each entity type:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return Object.freeze(owners);
}

/** The owners of the entity types in the committed supergraph. */
export function committedEntityOwners(): EntityOwnerNames {
  return entityOwners(readSupergraph());
}

/** `join__Graph` enum values and the subgraph names they stand for: `WATER` → `water`. */
function graphNames(document: DocumentNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const [graph] = directives(value.directives, 'join__graph');
      const name = graph && argument(graph, 'name');
      if (typeof name === 'string') names.set(value.name.value, name);
    }
  }
  if (!names.size) throw new Error('not a supergraph: it has no join__Graph enum');
  return names;
}

function queryTypeName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    const query = definition.operationTypes.find((operation) => operation.operation === OperationTypeNode.QUERY);
    if (query) return query.type.name.value;
  }
  return 'Query';
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function directives(list: readonly ConstDirectiveNode[] | undefined, name: string): ConstDirectiveNode[] {
  return (list ?? []).filter((directive) => directive.name.value === name);
}

/** A directive argument's value: enum values and strings as strings, booleans as booleans. */
function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}
