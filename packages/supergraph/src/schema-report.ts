// The schema check in words, for the terminal and for a failing test.
import { label, type FoundChange, type SchemaCheck } from './schema-check.js';

const marks = (change: FoundChange): string => {
  if (change.level !== 'breaking') return change.level;
  return change.acknowledged ? 'breaking (acknowledged)' : 'BREAKING';
};

export function formatSchemaCheck(check: SchemaCheck, changelogFile = 'the changelog'): string {
  const lines: string[] = [];
  const schemas = [...new Set(check.changes.map((change) => change.schema))];
  if (!schemas.length) lines.push('No schema changes since the last release.');
  for (const schema of schemas) {
    lines.push(`${schema}:`);
    for (const change of check.changes.filter((c) => c.schema === schema)) {
      lines.push(`  ${marks(change)}: ${change.message} (\`${change.path}\`)`);
      if (change.level !== 'safe' && change.usedBy.length) {
        lines.push(`    used by ${change.usedBy.map(label).join(', ')}`);
      }
    }
  }
  lines.push('', `Saved operations: ${check.operationsChecked} checked against the API schema.`);
  for (const { operation, errors } of check.brokenOperations) {
    lines.push(`  BROKEN: ${label(operation)}`, ...errors.map((error) => `    ${error}`));
  }
  for (const { operation, errors } of check.deprecatedUses) {
    lines.push(`  deprecated use in ${label(operation)}`, ...errors.map((error) => `    ${error}`));
  }

  const unacknowledged = check.changes.filter(
    (change) => change.level === 'breaking' && !change.acknowledged,
  );
  lines.push('');
  if (check.passed) {
    lines.push('Schema check passed.');
    return lines.join('\n');
  }
  const reasons = [
    unacknowledged.length && `${unacknowledged.length} breaking change(s) not acknowledged`,
    check.brokenOperations.length && `${check.brokenOperations.length} saved operation(s) broken`,
  ].filter(Boolean);
  lines.push(`Schema check failed: ${reasons.join(', ')}.`);
  if (unacknowledged.length) {
    const paths = [...new Set(unacknowledged.map((change) => `\`${change.path}\``))].join(', ');
    lines.push(
      `A breaking change is acknowledged by a line under "## Unreleased" in ${changelogFile} naming its path: ${paths}.`,
    );
  }
  if (check.brokenOperations.length) {
    lines.push(
      'A broken saved operation has to change with the schema (acknowledging the change does not excuse it).',
    );
    if (check.brokenOperations.some(({ operation }) => operation.file.endsWith('trusted-documents.json'))) {
      lines.push(
        'The trusted-documents manifest is written by `pnpm --filter @pamir/web build`: rebuild it if it is stale.',
      );
    }
  }
  return lines.join('\n');
}
