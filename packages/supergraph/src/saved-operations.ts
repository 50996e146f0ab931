// The operations clients have saved, which a schema change must not break: the web client's
// documents in its source, the IDE's example queries, and the trusted-documents manifest the web
// build writes (when it has been built). Each comes back self-contained, with the fragments it
// spreads, named by its operation and the file it lives in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { repositoryRoot } from './files.js';

export interface SavedOperation {
  /** The operation's name (or the manifest's name for it). */
  readonly name: string;
  /** Where it is saved, relative to the repository root. */
  readonly file: string;
  /** The operation followed by every fragment it spreads, or the text that failed to parse. */
  readonly document: string;
  /** Why the saved text is not a GraphQL document, when it is not. */
  readonly syntaxError?: string;
}

/** A saved document: its text and the file it comes from. */
export interface SavedDocument {
  readonly file: string;
  readonly text: string;
}

const web = join(repositoryRoot, 'apps/web');
/** The web client's source, where its operations are written as `graphql(\`…\`)` documents. */
export const webSourceDir = join(web, 'src');
/** The IDE's example queries, one operation a file, sent as the files' text. */
export const ideExamplesDir = join(web, 'queries');
/** The trusted-documents manifest `pnpm --filter @pamir/web build` writes. */
export const trustedDocumentsPath = join(web, 'dist/trusted-documents.json');

/** Every saved operation of the repository. */
export function savedOperations(): SavedOperation[] {
  return [
    ...operationsOf(webSourceDocuments(), 'shared'),
    ...operationsOf(ideExampleDocuments(), 'own'),
    ...operationsOf(manifestDocuments(), 'own'),
  ];
}

/** The GraphQL documents in the web client's source files (generated code and tests aside). */
export function webSourceDocuments(dir = webSourceDir): SavedDocument[] {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter(
      (file) =>
        /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.split(/[\\/]/).includes('generated'),
    )
    .sort();
  return files.flatMap((file) => {
    const path = join(dir, file);
    return gqlPluckFromCodeStringSync(path, readFileSync(path, 'utf8')).map((source) => ({
      file: fromRoot(path),
      text: source.body,
    }));
  });
}

export function ideExampleDocuments(dir = ideExamplesDir): SavedDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file: fromRoot(join(dir, file)), text: readFileSync(join(dir, file), 'utf8') }));
}

/** Each operation of the manifest, when there is one (an Apollo persisted-query manifest). */
export function manifestDocuments(path = trustedDocumentsPath): SavedDocument[] {
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { operations?: { body?: unknown }[] };
  if (!Array.isArray(manifest.operations))
    throw new Error(`${path}: not a persisted-query manifest (it has no operations list)`);
  return manifest.operations.map((operation, i) => {
    if (typeof operation.body !== 'string') throw new Error(`${path}: operations.${i}.body is not a string`);
    return { file: fromRoot(path), text: operation.body };
  });
}

/**
 * The operations in some documents, each with the fragments it spreads. `shared`: fragments are
 * defined once for all the documents (the web client's source); `own`: each document carries its own.
 */
export function operationsOf(
  documents: readonly SavedDocument[],
  fragments: 'shared' | 'own',
): SavedOperation[] {
  const parsed = documents.map(
    (document): SavedDocument & { definitions: readonly DefinitionNode[]; syntaxError?: string } => {
      try {
        return { ...document, definitions: parse(document.text).definitions };
      } catch (error) {
        return { ...document, definitions: [], syntaxError: (error as Error).message };
      }
    },
  );
  const shared = fragmentsByName(parsed.flatMap((document) => document.definitions));
  return parsed.flatMap((document): SavedOperation[] => {
    if (document.syntaxError)
      return [
        {
          name: '(does not parse)',
          file: document.file,
          document: document.text,
          syntaxError: document.syntaxError,
        },
      ];
    const pool = fragments === 'shared' ? shared : fragmentsByName(document.definitions);
    return document.definitions
      .filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation) => ({
        name: operation.name?.value ?? '(anonymous)',
        file: document.file,
        document: [operation, ...spreadFragments(operation, pool)]
          .map((definition) => print(definition))
          .join('\n\n'),
      }));
  });
}

function fragmentsByName(definitions: readonly DefinitionNode[]): Map<string, FragmentDefinitionNode> {
  const fragments = definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
}

/** The fragments a definition spreads, directly or through other fragments; unknown ones are left to validation. */
function spreadFragments(
  definition: DefinitionNode,
  pool: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = pool.get(spread.name.value);
        if (!fragment || found.has(fragment.name.value)) return;
        found.set(fragment.name.value, fragment);
        walk(fragment);
      },
    });
  walk(definition);
  return [...found.values()];
}

const fromRoot = (path: string) => relative(repositoryRoot, path).split('\\').join('/');
