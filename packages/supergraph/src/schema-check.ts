// The schema check: each subgraph's SDL and the API schema against the last release, with
// @graphql-inspector/core's diff; every saved operation against the API schema, with its validate.
// A breaking change fails unless the changelog acknowledges it; a saved operation that no longer
// validates always fails, acknowledged or not: the client has to change with the schema.
import { buildSubgraph } from '@apollo/federation-internals';
import {
  CriticalityLevel,
  coverage,
  diff,
  validate,
  type Change,
  type SchemaCoverage,
} from '@graphql-inspector/core';
import { buildSchema, Source, type GraphQLSchema } from 'graphql';
import { acknowledgedPaths } from './changelog.js';
import type { SchemaSet } from './released.js';
import type { SavedOperation } from './saved-operations.js';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

export interface FoundChange {
  /** `API schema`, or `subgraph <name>`. */
  readonly schema: string;
  readonly level: ChangeLevel;
  /** Where it is: `SecurityEvent.fatalities`, `Query.securityEvents.first`; what an acknowledgement names. */
  readonly path: string;
  /** Inspector's message. */
  readonly message: string;
  /** For a breaking change: whether the changelog's Unreleased section names its path. */
  readonly acknowledged: boolean;
  /** For a breaking or dangerous change: the saved operations that use what changed (as the release had it). */
  readonly usedBy: readonly SavedOperation[];
}

export interface BrokenOperation {
  readonly operation: SavedOperation;
  readonly errors: readonly string[];
}

export interface SchemaCheck {
  readonly changes: readonly FoundChange[];
  readonly operationsChecked: number;
  readonly brokenOperations: readonly BrokenOperation[];
  /** Saved operations that use deprecated fields or values: not a failure, a warning. */
  readonly deprecatedUses: readonly BrokenOperation[];
  readonly passed: boolean;
}

export interface SchemaCheckInput {
  readonly released: SchemaSet;
  readonly current: SchemaSet;
  /** The changelog's text, and its name for messages. */
  readonly changelog: string;
  readonly changelogFile?: string;
  readonly operations: readonly SavedOperation[];
}

const levels: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

export async function checkSchemas(input: SchemaCheckInput): Promise<SchemaCheck> {
  const acknowledged = acknowledgedPaths(input.changelog, input.changelogFile);
  const parseable = input.operations.filter((operation) => !operation.syntaxError);
  const sources = new Map(
    parseable.map((operation) => [new Source(operation.document, label(operation)), operation]),
  );

  const releasedApi = apiSchema(input.released.apiSchema, 'the released API schema');
  const currentApi = apiSchema(input.current.apiSchema, 'the API schema');
  // Which saved operations use what, as the release had it: worked out once, when a change needs it.
  let usage: SchemaCoverage | undefined;
  const usersOfPath = (path: string) =>
    usersOf(path, (usage ??= coverage(releasedApi, [...sources.keys()])), sources);
  const found = (schema: string, level: ChangeLevel, path: string, message: string): FoundChange => ({
    schema,
    level,
    path,
    message,
    acknowledged: level === 'breaking' && acknowledged.has(path),
    usedBy: level === 'safe' ? [] : usersOfPath(path),
  });

  // A change with no path (the schema's own, such as its query type) is named by its kind.
  const inspectorChange = (schema: string, change: Change) =>
    found(schema, levels[change.criticality.level], change.path ?? String(change.type), change.message);

  const changes: FoundChange[] = [];
  const names = [...new Set([...input.released.subgraphs.keys(), ...input.current.subgraphs.keys()])];
  for (const name of names) {
    const before = input.released.subgraphs.get(name);
    const after = input.current.subgraphs.get(name);
    const schema = `subgraph ${name}`;
    if (before === undefined) changes.push(found(schema, 'safe', name, `Subgraph '${name}' was added`));
    else if (after === undefined)
      changes.push(found(schema, 'breaking', name, `Subgraph '${name}' was removed`));
    else if (before !== after) {
      const inspected = await diff(
        subgraphSchema(name, before, 'released'),
        subgraphSchema(name, after, 'current'),
      );
      for (const change of inspected) changes.push(inspectorChange(schema, change));
    }
  }
  if (input.released.apiSchema !== input.current.apiSchema) {
    for (const change of await diff(releasedApi, currentApi)) {
      changes.push(inspectorChange('API schema', change));
    }
  }

  const invalid = validate(currentApi, [...sources.keys()], {
    strictFragments: false,
    strictDeprecated: true,
  });
  const report = (errors: readonly { message: string }[]) => errors.map((error) => error.message);
  const brokenOperations: BrokenOperation[] = [
    ...input.operations
      .filter((operation) => operation.syntaxError)
      .map((operation) => ({ operation, errors: [operation.syntaxError!] })),
    ...invalid
      .filter((doc) => doc.errors.length)
      .map((doc) => ({ operation: sources.get(doc.source)!, errors: report(doc.errors) })),
  ];
  const deprecatedUses = invalid
    .filter((doc) => doc.deprecated.length)
    .map((doc) => ({ operation: sources.get(doc.source)!, errors: report(doc.deprecated) }));

  const passed =
    brokenOperations.length === 0 &&
    !changes.some((change) => change.level === 'breaking' && !change.acknowledged);
  return { changes, operationsChecked: input.operations.length, brokenOperations, deprecatedUses, passed };
}

/** How a saved operation is named in messages: `SecurityEventsPage (apps/web/src/views/security/queries.ts)`. */
export const label = (operation: SavedOperation): string => `${operation.name} (${operation.file})`;

function apiSchema(sdl: string, what: string): GraphQLSchema {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new Error(`${what} does not build: ${(error as Error).message}`, { cause: error });
  }
}

/** A subgraph's schema as it serves it: its SDL with federation's own types (`_entities`, `_Entity`). */
function subgraphSchema(name: string, sdl: string, which: string): GraphQLSchema {
  try {
    return buildSubgraph(name, `http://${name}.invalid/graphql`, sdl).schema.toGraphQLJSSchema();
  } catch (error) {
    throw new Error(`the ${which} SDL of subgraph ${name} does not build: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * The saved operations that use a path in the released API schema: a type (any of its fields), a
 * field, or an argument; an argument the release did not have (a new required one) counts the
 * field's users.
 */
function usersOf(
  path: string,
  usage: SchemaCoverage,
  sources: ReadonlyMap<Source, SavedOperation>,
): SavedOperation[] {
  const [typeName, fieldName, argumentName] = path.split('.');
  const type = typeName === undefined ? undefined : usage.types[typeName];
  if (!type) return [];
  let names: string[];
  if (fieldName === undefined) {
    names = Object.values(type.children).flatMap((field) => Object.keys(field.locations));
  } else {
    const field = type.children[fieldName];
    if (!field) return [];
    const argument = argumentName === undefined ? undefined : field.children[argumentName];
    names = Object.keys((argument ?? field).locations);
  }
  const wanted = new Set(names);
  return [...sources].filter(([source]) => wanted.has(source.name)).map(([, operation]) => operation);
}
