import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { enumLabels, enumValues, subEventTypesByEventType } from '../src/generated/enums';
import { label } from '../src/lib/format';

// Enum values, their labels and ACLED's taxonomy come from the API schema through codegen: the file
// in src/generated is what the generator makes of the committed schema today, and no hand-written
// copy of an enum's values is left in src/.

const app = process.cwd();
const schemaText = readFileSync(join(app, '../../packages/supergraph/schema.graphql'), 'utf8');
const script = pathToFileURL(join(app, 'scripts/enums-codegen.mjs')).href;
const { enumsModule } = (await import(/* @vite-ignore */ script)) as { enumsModule: (schema: GraphQLSchema) => string };

describe('enums generated from the API schema', () => {
  it('src/generated/enums.ts is what codegen makes of the committed schema (run `pnpm codegen` if not)', () => {
    expect(readFileSync(join(app, 'src/generated/enums.ts'), 'utf8')).toBe(enumsModule(buildSchema(schemaText)));
  });

  it("files each sub-event type under the one event type its description names", () => {
    expect(subEventTypesByEventType.PROTESTS).toEqual(['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS']);
    const filed = Object.values(subEventTypesByEventType).flat();
    expect([...filed].sort()).toEqual([...enumValues.SubEventType].sort());
    expect(Object.keys(subEventTypesByEventType)).toEqual([...enumValues.EventType]);
  });

  it('labels every value, from its description or its name', () => {
    expect(label('ACTOR1')).toBe('Actor 1');
    expect(label('ASSOC_ACTOR2')).toBe('Associate of actor 2');
    expect(label('EXPLOSIONS_REMOTE_VIOLENCE')).toBe('Explosions/remote violence');
    expect(label('SHELLING_ARTILLERY_MISSILE_ATTACK')).toBe('Shelling, artillery or missile attack');
    expect(label('PRE_CONSTRUCTION')).toBe('Pre-construction');
    for (const values of Object.values(enumValues)) for (const value of values) expect(enumLabels[value], value).toBeTruthy();
  });
});

/** Every .ts and .tsx file of src/ but the generated ones. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const enumOf = new Map<string, string[]>();
for (const [name, values] of Object.entries(enumValues)) for (const value of values) enumOf.set(value, [...(enumOf.get(value) ?? []), name]);

/** The enum three or more of these values all belong to, if any. */
function commonEnum(values: readonly string[]): string | undefined {
  if (values.length < 3) return undefined;
  const [first, ...rest] = values;
  return (enumOf.get(first ?? '') ?? []).find((name) => rest.every((value) => enumOf.get(value)?.includes(name)));
}

/**
 * The hand-copied lists in a file: an array of three or more values of one enum, or an object whose
 * keys are three or more values of one enum mapped to `true` or to enum values (a set of them, or a
 * taxonomy). A map to something the schema does not say (a colour per value) is not a copy.
 */
function handWrittenLists(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && node.elements.every(ts.isStringLiteralLike)) {
      const name = commonEnum(node.elements.map((element) => (element as ts.StringLiteralLike).text));
      if (name) found.push(`${name} values in an array at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const entries = node.properties.filter(ts.isPropertyAssignment);
      const copied = entries.every(
        ({ initializer }) => initializer.kind === ts.SyntaxKind.TrueKeyword || (ts.isStringLiteralLike(initializer) && enumOf.has(initializer.text)),
      );
      const name = copied ? commonEnum(entries.map((entry) => entry.name.getText(source).replace(/^['"]|['"]$/g, ''))) : undefined;
      if (name) found.push(`${name} values as keys at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((what) => `${relative(app, file)}: ${what}`);
}

describe('no hand-written copy of the schema', () => {
  it('no file in src/ lists an enum’s values or files one enum’s values under another’s', () => {
    expect(sourceFiles(join(app, 'src')).flatMap(handWrittenLists)).toEqual([]);
  });

  it('would catch the lists src/lib/enums.ts used to hold', () => {
    const file = join(app, 'test/samples/hand-written-enums.ts');
    expect(handWrittenLists(file)).toEqual([
      'test/samples/hand-written-enums.ts: EventType values as keys at line 3',
      'test/samples/hand-written-enums.ts: SubEventType values as keys at line 4',
      'test/samples/hand-written-enums.ts: DatePrecision values in an array at line 5',
    ]);
  });
});
