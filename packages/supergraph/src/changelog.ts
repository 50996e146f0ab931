// The schema changelog (CHANGELOG.md): an "Unreleased" section, then one section per release,
// newest first. A line under "Unreleased" that names a breaking change's path in backticks
// (`SecurityEvent.fatalities`) acknowledges that change; `pnpm schema:release` moves those lines
// under the release's dated heading.

const unreleasedHeading = /^## Unreleased[ \t]*$/m;

/** The Unreleased section's lines, between its heading and the next section's. */
function unreleasedSection(changelog: string, file: string): { start: number; end: number; body: string } {
  const heading = unreleasedHeading.exec(changelog);
  if (!heading)
    throw new Error(`${file}: no "## Unreleased" section (it takes the notes on changes not yet released)`);
  const start = heading.index + heading[0].length;
  const next = /^## /m.exec(changelog.slice(start));
  const end = next ? start + next.index : changelog.length;
  return { start, end, body: changelog.slice(start, end) };
}

/** The paths (and other backticked names) the Unreleased section names: the changes it acknowledges. */
export function acknowledgedPaths(changelog: string, file = 'the changelog'): Set<string> {
  const { body } = unreleasedSection(changelog, file);
  return new Set([...body.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!));
}

/** The changelog after a release on `date` (YYYY-MM-DD): the Unreleased notes under that date's heading. */
export function releaseChangelog(changelog: string, date: string, file = 'the changelog'): string {
  const { start, end, body } = unreleasedSection(changelog, file);
  const notes = body.trim() || '- No notes: changes that break no client.';
  // A second release on the same day gets its own heading.
  const headings = new Set(changelog.split('\n').map((line) => line.trim()));
  let heading = `## ${date}`;
  for (let n = 2; headings.has(heading); n++) heading = `## ${date} (${n})`;
  return (
    `${changelog.slice(0, start)}\n\n${heading}\n\n${notes}\n\n${changelog.slice(end).trimStart()}`.trimEnd() +
    '\n'
  );
}
