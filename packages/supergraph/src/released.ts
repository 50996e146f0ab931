// The schemas as released, kept in released/: `<subgraph>.graphql` for each subgraph's SDL (the
// shared types included, as it serves them) and `api-schema.graphql` for the graph clients see.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, listedSubgraphSdls } from './compose.js';
import { releasedDir } from './files.js';

/** A set of schemas: each subgraph's SDL by name, and the composed API schema. */
export interface SchemaSet {
  readonly subgraphs: ReadonlyMap<string, string>;
  readonly apiSchema: string;
}

/** The API schema's file; a subgraph name cannot contain `-`, so it is never a subgraph's. */
const apiSchemaFile = 'api-schema.graphql';

/** The schemas as they are now: the listed subgraphs' files, composed. */
export function currentSchemas(): SchemaSet {
  const subgraphs = listedSubgraphSdls();
  return { subgraphs, apiSchema: composeSupergraph(subgraphs).apiSchema };
}

/** The last release, or undefined when none was recorded. */
export function readRelease(dir = releasedDir): SchemaSet | undefined {
  if (!existsSync(join(dir, apiSchemaFile))) return undefined;
  const subgraphFiles = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql') && file !== apiSchemaFile)
    .sort();
  return {
    subgraphs: new Map(
      subgraphFiles.map((file) => [file.slice(0, -'.graphql'.length), readFileSync(join(dir, file), 'utf8')]),
    ),
    apiSchema: readFileSync(join(dir, apiSchemaFile), 'utf8'),
  };
}

/** Records a set as the release: one file per subgraph (a subgraph no longer listed loses its file). */
export function writeRelease(schemas: SchemaSet, dir = releasedDir): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    if (
      file.endsWith('.graphql') &&
      file !== apiSchemaFile &&
      !schemas.subgraphs.has(file.slice(0, -'.graphql'.length))
    ) {
      rmSync(join(dir, file));
    }
  }
  for (const [name, sdl] of schemas.subgraphs) writeFileSync(join(dir, `${name}.graphql`), sdl);
  writeFileSync(join(dir, apiSchemaFile), schemas.apiSchema);
}

/** Whether two sets hold the same schemas, text for text. */
export function sameSchemas(a: SchemaSet, b: SchemaSet): boolean {
  return (
    a.apiSchema === b.apiSchema &&
    a.subgraphs.size === b.subgraphs.size &&
    [...a.subgraphs].every(([name, sdl]) => b.subgraphs.get(name) === sdl)
  );
}
