import { isDeepStrictEqual } from 'node:util';
import type { Database } from '@pamir/db';
import { audited, invalidFields, readState, storeRecord, type WriteContext } from '@pamir/server';
import { eq, inArray } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import * as schema from '../db/schema.js';
import { securityEvent, securityEventRecord, type SecurityEventRecord } from '../records/security-event.js';
import { AcledFileError, readAcledCsv, type Rejection } from './csv.js';
import { acledColumns, type AcledColumn, type AcledRow } from './format.js';
import { acledEventId, acledEventRecord } from './record.js';
import { createReferenceRecords, resolveAcledNames, type NewReferenceRecord } from './resolve.js';
import { readAcledEvent, type AcledEvent } from './rows.js';

/** What an import did, or in a dry run would do. */
export interface AcledImportReport {
  dryRun: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  changes: {
    line: number;
    eventIdCnty: string;
    eventId: string;
    action: 'CREATE' | 'UPDATE';
    changedFields: string[];
  }[];
  rejected: Rejection[];
  referenceRecords: Pick<NewReferenceRecord, 'typename' | 'id' | 'name'>[];
}

/** Where a problem the event's own checks find lies in the row. */
const columnOfField: Record<string, AcledColumn> = {
  id: 'event_id_cnty',
  title: 'location',
  summary: 'notes',
  date: 'event_date',
  datePrecision: 'time_precision',
  disorderType: 'disorder_type',
  eventType: 'event_type',
  subEventType: 'sub_event_type',
  country: 'iso',
  place: 'location',
  actors: 'actor1',
  fatalities: 'fatalities',
  civilianTargeting: 'civilian_targeting',
  tags: 'tags',
  citations: 'notes',
};

/** Thrown to roll a dry run's transaction back once it has shown what it would do. */
class DryRunDone extends Error {}

/**
 * Imports an ACLED export: upserts every good row by `event_id_cnty`, in one transaction, and
 * reports every row it turns down with its line number. Rows that change nothing are left alone,
 * so importing the same file twice changes nothing the second time. Places, organisations and a
 * source document per event are first matched or made in the reference subgraph (they stay if
 * the transaction then fails, and are matched by the next import).
 */
export function importAcled(context: WriteContext, csv: string, dryRun: boolean): Promise<AcledImportReport> {
  const { db, auth, peers } = context;
  const call = {
    mutation: 'importAcled',
    scope: 'admin',
    recordType: 'SecurityEvent',
    recordId: 'acled-import',
  } as const;
  return audited(db, auth, call, async (subject) => {
    const file = readFile(csv);
    const rejected: Rejection[] = [...file.rejections];
    const events = distinctEvents(
      file.rows.flatMap((numbered) => {
        const read = readAcledEvent(numbered);
        if (!Array.isArray(read)) return [read];
        rejected.push(...read);
        return [];
      }),
      rejected,
    );

    const resolution = await resolveAcledNames(peers, events);
    rejected.push(...resolution.rejections);
    const planned = [...resolution.resolved].flatMap(([event, resolved]) => {
      const checked = securityEventRecord.safeParse(acledEventRecord(event, resolved));
      if (checked.success) return [{ event, record: checked.data }];
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? 'id');
        rejected.push({
          line: event.line,
          eventIdCnty: event.eventIdCnty,
          column: columnOfField[field] ?? null,
          reason: `${issue.path.join('.')}: ${issue.message}`,
        });
      }
      return [];
    });

    const writable = await notCurated(db, planned, rejected);
    if (!dryRun) await createReferenceRecords(peers, resolution.newRecords);

    const report: AcledImportReport = {
      dryRun,
      rowsRead: file.rows.length + file.rejections.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      changes: [],
      rejected,
      referenceRecords: resolution.newRecords.map(({ typename, id, name }) => ({ typename, id, name })),
    };
    await db
      .transaction(async (transaction) => {
        const tx = transaction as unknown as Database;
        for (const { event, record } of writable) await upsertRow(tx, subject, event, record, report);
        if (dryRun) throw new DryRunDone();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRunDone)) throw error;
      });
    report.rejected.sort((a, b) => a.line - b.line);
    return report;
  });
}

function readFile(csv: string) {
  try {
    return readAcledCsv(csv);
  } catch (error) {
    if (!(error instanceof AcledFileError)) throw error;
    throw invalidFields([
      { path: 'csv', message: error.line ? `line ${error.line}: ${error.message}` : error.message },
    ]);
  }
}

/** One row per ACLED event: a later row with the same `event_id_cnty` is turned down, naming the first. */
function distinctEvents(events: AcledEvent[], rejected: Rejection[]): AcledEvent[] {
  const first = new Map<string, AcledEvent>();
  return events.filter((event) => {
    const earlier = first.get(event.eventIdCnty);
    if (!earlier) {
      first.set(event.eventIdCnty, event);
      return true;
    }
    const same = isDeepStrictEqual(earlier.row, event.row);
    rejected.push({
      line: event.line,
      eventIdCnty: event.eventIdCnty,
      column: 'event_id_cnty',
      reason: same
        ? `repeats line ${earlier.line}, which is imported`
        : `event ${event.eventIdCnty} is already on line ${earlier.line}, with other values; one row per event`,
    });
    return false;
  });
}

/** Rows whose event id is held by an event the import did not make are turned down, not overwritten. */
async function notCurated<T extends { event: AcledEvent; record: SecurityEventRecord }>(
  db: Database,
  planned: T[],
  rejected: Rejection[],
): Promise<T[]> {
  if (!planned.length) return [];
  const imported = new Set(
    (
      await db
        .select({ eventIdCnty: schema.acledRows.eventIdCnty })
        .from(schema.acledRows)
        .where(
          inArray(
            schema.acledRows.eventIdCnty,
            planned.map(({ event }) => event.eventIdCnty),
          ),
        )
    ).map((row) => row.eventIdCnty),
  );
  const fresh = planned.filter(({ event }) => !imported.has(event.eventIdCnty));
  const ids = fresh.flatMap(({ event }) => [acledEventId(event.eventIdCnty), event.eventIdCnty]);
  const held = new Set(
    ids.length
      ? (
          await db
            .select({ id: schema.securityEvents.id })
            .from(schema.securityEvents)
            .where(inArray(schema.securityEvents.id, ids))
        ).map((row) => row.id)
      : [],
  );
  return planned.filter(({ event }) => {
    if (imported.has(event.eventIdCnty)) return true;
    const holder = [acledEventId(event.eventIdCnty), event.eventIdCnty].find((id) => held.has(id));
    if (!holder) return true;
    rejected.push({
      line: event.line,
      eventIdCnty: event.eventIdCnty,
      column: 'event_id_cnty',
      reason: `event ${holder} exists and was not made by an ACLED import (an export writes Pamir's own events with their Pamir ids); an import does not overwrite it`,
    });
    return false;
  });
}

/** What a row changes: the event's fields and the ACLED columns that differ from what is kept. */
function differences(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  if (!before) return [];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !isDeepStrictEqual(before[key], after[key]),
  );
}

/** Plain JSON, so values compare the same way whether they come from the file or the database. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function upsertRow(
  tx: Database,
  subject: string,
  event: AcledEvent,
  record: SecurityEventRecord,
  report: AcledImportReport,
): Promise<void> {
  const id = record.id;
  const kept = await tx.select().from(schema.acledRows).where(eq(schema.acledRows.eventId, id));
  // Locked from here on, so what is compared is what is written over.
  const current = await readState(tx, securityEvent, id, { lock: true });
  const { archivedAt: _archived, ...stored } = current?.snapshot ?? { archivedAt: null };
  const fieldChanges = current ? differences(plain(stored), plain(record)) : [];
  const columnChanges = kept[0]
    ? differences(kept[0].columns, event.row).map((column) => `acled.${column}`)
    : [];
  if (current && !fieldChanges.length && !columnChanges.length) {
    report.unchanged += 1;
    return;
  }
  try {
    // A savepoint per row: a row the database refuses is turned down alone. The event is stored
    // as every write stores it (its version, revision and audit entry), and its row kept beside it.
    await tx.transaction(async (transaction) => {
      const savepoint = transaction as unknown as Database;
      await storeRecord(savepoint, subject, securityEvent, {
        mutation: 'importAcled',
        operation: 'IMPORT',
        record,
      });
      await keepAcledRow(savepoint, id, event.row, record);
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    report.rejected.push({
      line: event.line,
      eventIdCnty: event.eventIdCnty,
      column: null,
      reason: error.message,
    });
    return;
  }
  if (current) report.updated += 1;
  else report.created += 1;
  report.changes.push({
    line: event.line,
    eventIdCnty: event.eventIdCnty,
    eventId: id,
    action: current ? 'UPDATE' : 'CREATE',
    changedFields: [...fieldChanges, ...columnChanges],
  });
}

async function keepAcledRow(
  tx: Database,
  eventId: string,
  row: AcledRow,
  record: SecurityEventRecord,
): Promise<void> {
  const columns = Object.fromEntries(acledColumns.map((column) => [column, row[column]]));
  const kept = { eventId, eventIdCnty: row.event_id_cnty.trim(), columns, imported: plain(record) };
  await tx
    .insert(schema.acledRows)
    .values(kept)
    .onConflictDoUpdate({ target: schema.acledRows.eventId, set: kept });
}
