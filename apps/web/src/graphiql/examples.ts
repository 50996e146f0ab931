// The example analyst queries, kept as .graphql files in apps/web/queries/ (the same files the
// browser tests run through the gateway), bundled into the IDE page as text.
const files = import.meta.glob<string>('../../queries/*.graphql', { query: '?raw', import: 'default', eager: true });

export interface ExampleQuery {
  file: string;
  title: string;
  question: string;
  /** The name of the file's operation; each example holds exactly one. */
  operationName: string | undefined;
  source: string;
}

/** The comment header of each file: first line the title, the rest the question it answers. */
export function parseExample(file: string, source: string): ExampleQuery {
  const header: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    header.push(line.replace(/^#\s?/, '').trim());
  }
  const [title = file, ...rest] = header.filter(Boolean);
  const operationName = /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(source)?.[1];
  return { file, title, question: rest.join(' '), operationName, source };
}

export const examples: ExampleQuery[] = Object.entries(files)
  .map(([path, source]) => parseExample(path.split('/').pop() ?? path, source))
  .sort((a, b) => a.file.localeCompare(b.file));
