import { Kind, parse, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import type { z } from 'zod';
import type { RecordType } from './declaration.js';

// A record type's declaration and its SDL must say the same thing: an input field the record has no
// place for would be accepted and thrown away, a required field the input cannot give would make
// every create fail, and an object that is not strict would drop a data file's misspelt field.

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string }; optin?: string };
}

/** The problems between each record type's declaration and the subgraph's SDL; none when they agree. */
export function recordTypeProblems(sdl: string, types: readonly RecordType[]): string[] {
  // From the SDL's text, not a built schema: the check runs the same whichever copy of graphql built it.
  const inputs = new Map(
    parse(sdl)
      .definitions.filter((node): node is InputObjectTypeDefinitionNode => node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
      .map((node) => [node.name.value, new Map((node.fields ?? []).map((field) => [field.name.value, namedType(field.type)]))]),
  );
  return types.flatMap((type) => [
    ...inputProblems(inputs, type),
    ...Object.keys(type.references).flatMap((path) =>
      fieldAt(type.input, path.split('.')) ? [] : [`${type.type}: the reference path ${path} is not a field of its record`],
    ),
  ]);
}

/** Throws, naming every problem, unless the declarations and the SDL agree. */
export function checkRecordTypes(sdl: string, types: readonly RecordType[]): void {
  const problems = recordTypeProblems(sdl, types);
  if (problems.length) throw new Error(`the record types and the SDL disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Each input object's fields, by name, with the name of each field's type. */
type Inputs = Map<string, Map<string, string>>;

function inputProblems(inputs: Inputs, type: RecordType): string[] {
  const input = inputs.get(`${type.type}Input`);
  const patch = inputs.get(`${type.type}Patch`);
  if (!input) return [`${type.type}: the SDL has no input ${type.type}Input`];
  if (!patch) return [`${type.type}: the SDL has no input ${type.type}Patch`];
  const key = type.key ?? 'id';
  const inputFields = [...input.keys()].filter((name) => name !== key).sort();
  const patchFields = [...patch.keys()].sort();
  const patchProblems =
    inputFields.join() === patchFields.join()
      ? []
      : [`${type.type}Patch has the fields ${patchFields.join(', ')}; ${type.type}Input has ${inputFields.join(', ')} besides ${key}`];
  return [...patchProblems, ...compare(inputs, `${type.type}Input`, type.input as unknown as ZodInternals, `${type.type}Input`)];
}

/** An input object against a zod object, field by field and down into nested inputs. */
function compare(inputs: Inputs, inputName: string, record: ZodInternals, where: string): string[] {
  const fields = inputs.get(inputName)!;
  const object = unwrap(record);
  if (object._zod.def.type !== 'object') return [`${where}: the record has no object here`];
  const shape = object._zod.def['shape'] as Record<string, ZodInternals>;
  const catchall = object._zod.def['catchall'] as ZodInternals | undefined;
  const problems = catchall?._zod.def.type === 'never' ? [] : [`${where}: the record's object is not strict (use z.strictObject)`];
  for (const [name, typeName] of fields) {
    const held = shape[name];
    if (!held) {
      problems.push(`${where}.${name}: the record has no place for this input field`);
      continue;
    }
    if (inputs.has(typeName)) problems.push(...compare(inputs, typeName, elementOf(held), `${where}.${name}`));
  }
  for (const [name, held] of Object.entries(shape)) {
    if (!fields.has(name) && held._zod.optin === undefined) problems.push(`${where}.${name}: the record requires this field, which the input cannot give`);
  }
  return problems;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The zod schema at a path of field names (`*` steps into a list), if there is one. */
function fieldAt(record: z.ZodObject, steps: readonly string[]): boolean {
  let here = unwrap(record as unknown as ZodInternals);
  for (const step of steps) {
    if (step === '*') {
      if (here._zod.def.type !== 'array') return false;
      here = unwrap(here._zod.def['element'] as ZodInternals);
      continue;
    }
    if (here._zod.def.type !== 'object') return false;
    const next = (here._zod.def['shape'] as Record<string, ZodInternals>)[step];
    if (!next) return false;
    here = unwrap(next);
  }
  return true;
}

/** The schema inside optional, nullable, default and preprocessing wrappers. */
function unwrap(schema: ZodInternals): ZodInternals {
  const def = schema._zod.def;
  if ('innerType' in def) return unwrap(def['innerType'] as ZodInternals);
  if (def.type === 'pipe') {
    const from = def['in'] as ZodInternals;
    return unwrap(from._zod.def.type === 'transform' ? (def['out'] as ZodInternals) : from);
  }
  return schema;
}

/** A list's item (an input list of objects is an array of objects in the record). */
function elementOf(schema: ZodInternals): ZodInternals {
  const inner = unwrap(schema);
  return inner._zod.def.type === 'array' ? unwrap(inner._zod.def['element'] as ZodInternals) : inner;
}
