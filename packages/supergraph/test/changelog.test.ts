import { describe, expect, it } from 'vitest';
import { acknowledgedPaths, releaseChangelog } from '../src/changelog.js';

const changelog = `# Schema changelog

How it works: \`Not.acknowledged\` here.

## Unreleased

- Removed \`SecurityEvent.fatalities\`: read \`SecurityEvent.toll\` instead.
- Made \`Query.securityEvents.first\` required.

## 2026-01-05

- Removed \`Query.oldField\`.
`;

describe('the schema changelog', () => {
  it('acknowledges the paths named under Unreleased, and only there', () => {
    expect([...acknowledgedPaths(changelog)].sort()).toEqual([
      'Query.securityEvents.first',
      'SecurityEvent.fatalities',
      'SecurityEvent.toll',
    ]);
  });

  it('moves the Unreleased notes under the release date, leaving Unreleased empty', () => {
    const released = releaseChangelog(changelog, '2026-02-01');
    expect(released).toBe(`# Schema changelog

How it works: \`Not.acknowledged\` here.

## Unreleased

## 2026-02-01

- Removed \`SecurityEvent.fatalities\`: read \`SecurityEvent.toll\` instead.
- Made \`Query.securityEvents.first\` required.

## 2026-01-05

- Removed \`Query.oldField\`.
`);
    expect(acknowledgedPaths(released).size).toBe(0);
  });

  it('gives a second release on the same day its own heading, and says when it had no notes', () => {
    const twice = releaseChangelog(releaseChangelog(changelog, '2026-02-01'), '2026-02-01');
    expect(twice).toContain(
      '## Unreleased\n\n## 2026-02-01 (2)\n\n- No notes: changes that break no client.\n\n## 2026-02-01\n',
    );
  });

  it('refuses a changelog without an Unreleased section, naming the file', () => {
    expect(() => acknowledgedPaths('# Schema changelog\n', 'CHANGELOG.md')).toThrow(
      'CHANGELOG.md: no "## Unreleased" section',
    );
  });
});
