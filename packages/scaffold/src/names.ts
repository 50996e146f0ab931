/** The names a new subgraph's files are written with, all derived from two the caller gives. */
export interface Names {
  /** The subgraph: `water` (package `@pamir/water`, scope `write:water`, env `WATER_URL`). */
  name: string;
  /** `Water`. */
  Name: string;
  /** The writable record type: `WaterRecord`. */
  Type: string;
  /** `waterRecord`: the single lookup. */
  type: string;
  /** `waterRecords`: the list, and the table's name in code. */
  types: string;
  /** `water-record`: its files' names. */
  file: string;
  /** `water_records`: the table's name in SQL. */
  table: string;
  /** `WATER`: the prefix of its environment variables. */
  NAME: string;
  /** The port it listens on by default. */
  port: string;
}

const subgraphName = /^[a-z][a-z0-9]{1,29}$/;
const typeName = /^[A-Z][A-Za-z0-9]{1,59}$/;

/** Checks the names a caller gives; the message says what a good one looks like. */
export function namesFor(name: string, port: number, type?: string): Names {
  if (!subgraphName.test(name)) {
    throw new Error(`"${name}" cannot name a subgraph: use 2 to 30 lowercase letters and digits, starting with a letter (it becomes an environment variable prefix and a scope)`);
  }
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const Type = type ?? `${Name}Record`;
  if (!typeName.test(Type)) throw new Error(`"${Type}" cannot name a GraphQL type: use PascalCase letters and digits, such as WaterRecord`);
  const camel = Type[0]!.toLowerCase() + Type.slice(1);
  const snake = Type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return {
    name,
    Name,
    Type,
    type: camel,
    types: `${camel}s`,
    file: snake.replaceAll('_', '-'),
    table: `${snake}s`,
    NAME: name.toUpperCase(),
    port: String(port),
  };
}

/** A template's text with every `__Key__` placeholder replaced by its name. */
export function fill(text: string, names: Names): string {
  return text.replace(/__([A-Za-z]+)__/g, (placeholder, key: string) => {
    const value = (names as unknown as Record<string, string>)[key];
    if (value === undefined) throw new Error(`the template has an unknown placeholder ${placeholder}`);
    return value;
  });
}
