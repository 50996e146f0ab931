import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: this file sits in `packages/subgraph-list/src` (or `dist`). */
const root = new URL('../../../', import.meta.url);

/** Where the list lives. */
export const subgraphListPath = fileURLToPath(new URL('services/subgraphs.json', root));

/**
 * A subgraph's name is its folder under `services/`, the prefix of its environment variables
 * (`<NAME>_URL`, `<NAME>_PORT`, `<NAME>_DATABASE_URL`), its name in the supergraph and its write
 * scope (`write:<name>`), so it is kept to what all of those accept.
 */
const name = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a subgraph name is lower case letters, digits and _, starting with a letter')
  .refine((value) => !['gateway', 'web'].includes(value), 'gateway and web are the names of the other processes');

const entry = z
  .object({
    name,
    /** Where it listens unless `PORT` (or `<NAME>_PORT` for `pnpm start`) says otherwise. */
    port: z.number().int().min(1).max(65535),
    /** Its database on a shared Postgres server (`DATABASE_URL`). */
    database: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a database name is lower case letters, digits and _'),
    /** Its SDL file, relative to the repository root. */
    schema: z
      .string()
      .regex(/^[^/].*\.graphql$/, 'a schema is a .graphql file given relative to the repository root'),
  })
  .strict();

function unique(list: readonly z.infer<typeof entry>[], key: 'name' | 'port' | 'database', ctx: z.RefinementCtx) {
  const seen = new Set<unknown>();
  list.forEach((item, i) => {
    if (seen.has(item[key])) ctx.addIssue({ code: 'custom', path: [i, key], message: `${key} ${String(item[key])} appears twice` });
    seen.add(item[key]);
  });
}

const listSchema = z
  .object({
    $comment: z.string().optional(),
    subgraphs: z
      .array(entry)
      .min(1)
      .superRefine((list, ctx) => {
        for (const key of ['name', 'port', 'database'] as const) unique(list, key, ctx);
      }),
  })
  .strict();

/** One subgraph, as the list names it. */
export type SubgraphEntry = Readonly<z.infer<typeof entry>>;

/** Checks a list's content (the parsed JSON); a bad entry throws with its place in the file. */
export function parseSubgraphList(content: unknown, source = subgraphListPath): readonly SubgraphEntry[] {
  const result = listSchema.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${['subgraphs', ...issue.path].join('.')}: ${issue.message}`);
    throw new Error(`invalid subgraph list ${source}:\n${problems.join('\n')}`);
  }
  return Object.freeze(result.data.subgraphs.map((item) => Object.freeze(item)));
}

/** Reads and checks a list file (the committed one unless told otherwise). */
export function readSubgraphList(file = subgraphListPath): readonly SubgraphEntry[] {
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the subgraph list ${file}: ${(error as Error).message}`, { cause: error });
  }
  return parseSubgraphList(content, file);
}

/** The subgraphs, in start order, from the committed list. */
export const subgraphs: readonly SubgraphEntry[] = readSubgraphList();

/** Their names, in the same order. */
export const subgraphNames: readonly string[] = subgraphs.map((subgraph) => subgraph.name);

/** One subgraph of the list, by name; a name not in the list is an error that says which are. */
export function subgraphNamed(subgraphName: string): SubgraphEntry {
  const found = subgraphs.find((subgraph) => subgraph.name === subgraphName);
  if (!found) throw new Error(`no subgraph ${subgraphName} in ${subgraphListPath} (it lists ${subgraphNames.join(', ')})`);
  return found;
}

/** The prefix of a subgraph's environment variables: `water_use` → `WATER_USE`. */
export const variablePrefix = (subgraphName: string): string => subgraphName.toUpperCase();

/** The variable that tells other processes where a subgraph answers: `<NAME>_URL`. */
export const urlVariable = (subgraphName: string): string => `${variablePrefix(subgraphName)}_URL`;

/** Where a subgraph answers when nothing says otherwise: on this machine, at its default port. */
export const defaultUrl = (subgraph: SubgraphEntry): string => `http://localhost:${subgraph.port}/graphql`;

/** A subgraph's SDL file, as an absolute path. */
export const schemaFile = (subgraph: SubgraphEntry): string => fileURLToPath(new URL(subgraph.schema, root));
