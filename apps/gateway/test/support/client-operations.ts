import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

const webDir = fileURLToPath(new URL('../../../web/', import.meta.url));

/** A document a client of this gateway sends: the web client's operations and the IDE's examples. */
export interface ClientOperation {
  name: string;
  document: DocumentNode;
  source: string;
}

/**
 * Every operation of the web client (each `graphql(`…`)` in apps/web/src, with the fragments it
 * spreads, as Apollo Client sends it) and every IDE example (apps/web/queries/*.graphql, as is).
 */
export function clientOperations(): ClientOperation[] {
  const definitions = webSourceFiles().flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].flatMap((match) => parse(match[1] ?? '').definitions),
  );
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const web = definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsed(operation, fragments)] };
      return { name: operation.name?.value ?? 'anonymous', document, source: '' };
    });
  const examplesDir = join(webDir, 'queries');
  const examples = readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => {
      const source = readFileSync(join(examplesDir, file), 'utf8');
      return { name: file, document: parse(source), source };
    });
  return [...web, ...examples];
}

function fragmentsUsed(root: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  walk(root);
  return [...used.values()];
}

function webSourceFiles(dir = join(webDir, 'src')): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : webSourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}
