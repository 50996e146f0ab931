import { editedIds, type Database } from '@pamir/db';
import type { RecordType } from './declaration.js';

/**
 * Stores a curated data file's records through the type's own write, leaving alone every record a
 * team has written through the API since (edited, created or archived there).
 */
export async function loadCuratedRecords<TRecord extends Record<string, unknown>>(
  tx: Database,
  type: RecordType<TRecord>,
  records: readonly TRecord[],
): Promise<void> {
  const { table, column } = type;
  const edited = await editedIds(tx, type.type, table, { id: column, version: table.version, archivedAt: table.archivedAt });
  const key = type.key ?? 'id';
  await type.write(tx, records.filter((record) => !edited.has(String(record[key]))));
}
