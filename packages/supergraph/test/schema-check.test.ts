import { readFileSync } from 'node:fs';
import { commonTypeDefs } from '@pamir/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, listedSubgraphSdls } from '../src/compose.js';
import { apiSchemaPath, changelogPath } from '../src/files.js';
import { readRelease, type SchemaSet } from '../src/released.js';
import { operationsOf, savedOperations } from '../src/saved-operations.js';
import { checkSchemas, label, type SchemaCheck } from '../src/schema-check.js';
import { formatSchemaCheck } from '../src/schema-report.js';

// The check on the real release, changelog and saved operations; the changes are made in memory
// to a copy of the subgraphs' SDL, never to the files.
const released = readRelease();
const changelog = readFileSync(changelogPath, 'utf8');
const operations = savedOperations();
const listed = listedSubgraphSdls();

/** The graph with one subgraph's SDL edited in memory, composed. */
function withSubgraph(name: string, edit: (sdl: string) => string): SchemaSet {
  const before = listed.get(name)!;
  const after = edit(before);
  expect(after, 'the edit changes the SDL').not.toBe(before);
  const subgraphs = new Map(listed).set(name, after);
  return { subgraphs, apiSchema: composeSupergraph(subgraphs).apiSchema };
}

/** Edits only the body of one object type's definition. */
const inType = (type: string, edit: (body: string) => string) => (sdl: string) =>
  sdl.replace(new RegExp(`\\ntype ${type} [^{]*\\{[^}]*\\n\\}`), (body) => edit(body));

function check(current: SchemaSet, notes = changelog): Promise<SchemaCheck> {
  return checkSchemas({ released: released!, current, changelog: notes, operations });
}

const breaking = (result: SchemaCheck) => result.changes.filter((change) => change.level === 'breaking');

describe('the schema check', () => {
  it('passes on the repository as it stands, against the recorded release', async () => {
    expect(released, 'a release is recorded in released/ (pnpm schema:release)').toBeDefined();
    // The committed API schema is the composition of these files (supergraph.test.ts checks it).
    const result = await check({ subgraphs: listed, apiSchema: readFileSync(apiSchemaPath, 'utf8') });
    expect(result.passed, formatSchemaCheck(result)).toBe(true);
    expect(breaking(result).filter((change) => !change.acknowledged)).toEqual([]);
    // The web client's operations and the IDE examples are all checked.
    expect(operations.filter(({ file }) => file.startsWith('apps/web/src/')).length).toBeGreaterThan(20);
    expect(
      operations.filter(({ file }) => file.startsWith('apps/web/queries/')).length,
    ).toBeGreaterThanOrEqual(16);
  });

  it('fails a breaking change to a subgraph, naming it and the saved operations it breaks', async () => {
    const current = withSubgraph(
      'security',
      inType('SecurityEvent', (body) => body.replace(/\n {2}"[^\n]*"\n {2}fatalities: Int\n/, '\n')),
    );
    const result = await check(current);
    expect(result.passed).toBe(false);

    const removed = breaking(result).filter((change) => change.path === 'SecurityEvent.fatalities');
    expect(removed.map((change) => change.schema).sort()).toEqual(['API schema', 'subgraph security']);
    for (const change of removed)
      expect(change.message).toBe("Field 'fatalities' was removed from object type 'SecurityEvent'");

    // Every operation that asked for the field no longer validates, and is named with its file.
    const broken = result.brokenOperations.map(({ operation }) => label(operation)).sort();
    expect(broken).toContain(
      'BattlesInTajikistan (apps/web/queries/03-border-clashes-and-their-dead.graphql)',
    );
    expect(broken.some((name) => name.includes('apps/web/src/'))).toBe(true);
    expect(broken).toEqual(
      removed
        .find((change) => change.schema === 'API schema')!
        .usedBy.map(label)
        .sort(),
    );
    for (const { errors } of result.brokenOperations)
      expect(errors.join('\n')).toContain('Cannot query field "fatalities" on type "SecurityEvent"');

    const report = formatSchemaCheck(result, 'CHANGELOG.md');
    expect(report).toContain(
      "BREAKING: Field 'fatalities' was removed from object type 'SecurityEvent' (`SecurityEvent.fatalities`)",
    );
    for (const name of broken) expect(report).toContain(`BROKEN: ${name}`);
    expect(report).toMatch(
      /Schema check failed: 2 breaking change\(s\) not acknowledged, \d+ saved operation\(s\) broken/,
    );
  });

  it('passes an additive change, printing it', async () => {
    const current = withSubgraph(
      'security',
      inType('SecurityEvent', (body) =>
        body.replace(/\n\}$/, '\n  "A note on the toll."\n  tollNote: String\n}'),
      ),
    );
    const result = await check(current);
    expect(result.passed, formatSchemaCheck(result)).toBe(true);
    expect(result.brokenOperations).toEqual([]);
    const added = result.changes.filter((change) => change.path === 'SecurityEvent.tollNote');
    // The field and its description, in the subgraph and in the API schema: all safe.
    expect([...new Set(added.map(({ schema, level }) => `${schema}: ${level}`))].sort()).toEqual([
      'API schema: safe',
      'subgraph security: safe',
    ]);
    expect(formatSchemaCheck(result)).toContain(
      "safe: Field 'tollNote' was added to object type 'SecurityEvent' (`SecurityEvent.tollNote`)",
    );
  });

  it('passes a new subgraph, which has no release yet', async () => {
    // The least a subgraph declares: the reference entities the common types name, as stubs.
    const water = `${commonTypeDefs}
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@cost"])
type Query { "A note." waterNote: String }
type SourceDocument @key(fields: "id", resolvable: false) { id: ID! }
type Organization @key(fields: "id", resolvable: false) { id: ID! }
type Person @key(fields: "id", resolvable: false) { id: ID! }
`;
    const subgraphs = new Map(listed).set('water', water);
    const result = await check({ subgraphs, apiSchema: composeSupergraph(subgraphs).apiSchema });
    expect(result.passed, formatSchemaCheck(result)).toBe(true);
    expect(result.changes.filter((change) => change.schema === 'subgraph water')).toMatchObject([
      { level: 'safe', path: 'water', message: "Subgraph 'water' was added" },
    ]);
    expect(result.changes.find((change) => change.path === 'Query.waterNote')).toMatchObject({
      schema: 'API schema',
      level: 'safe',
    });
  });

  describe('a breaking change no saved operation uses', () => {
    let withoutAuditLog: SchemaSet;
    beforeAll(() => {
      withoutAuditLog = withSubgraph('security', (sdl) =>
        sdl.replace(/\n {2}"[^\n]*"\n {2}securityAuditLog\([^\n]*/, ''),
      );
    });

    it('fails while the changelog does not acknowledge it', async () => {
      const result = await check(withoutAuditLog);
      expect(result.passed).toBe(false);
      expect(result.brokenOperations).toEqual([]);
      expect(breaking(result).map((change) => change.path)).toContain('Query.securityAuditLog');
      expect(formatSchemaCheck(result, 'CHANGELOG.md')).toContain(
        'naming its path: `Query.securityAuditLog`',
      );
    });

    it('passes once a line under Unreleased names its path', async () => {
      const notes = changelog.replace(
        '## Unreleased\n',
        '## Unreleased\n\n- Removed `Query.securityAuditLog`: read the audit log from the subgraph.\n',
      );
      const result = await check(withoutAuditLog, notes);
      expect(result.passed, formatSchemaCheck(result)).toBe(true);
      const removed = breaking(result).filter((change) => change.path === 'Query.securityAuditLog');
      expect(removed).toHaveLength(2);
      for (const change of removed) expect(change.acknowledged).toBe(true);
      expect(formatSchemaCheck(result)).toContain(
        "breaking (acknowledged): Field 'securityAuditLog' was removed from object type 'Query'",
      );
    });
  });

  it('fails a saved document that no longer parses, naming its file', async () => {
    const broken = operationsOf(
      [{ file: 'apps/web/queries/99-bad.graphql', text: 'query Bad { securityEvents {' }],
      'own',
    );
    const result = await checkSchemas({
      released: released!,
      current: released!,
      changelog,
      operations: broken,
    });
    expect(result.passed).toBe(false);
    expect(formatSchemaCheck(result)).toContain('BROKEN: (does not parse) (apps/web/queries/99-bad.graphql)');
  });
});
