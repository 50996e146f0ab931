import { requireAuth, type RequestAuth, type Scope } from '@pamir/auth';
import {
  recordAudit,
  recordRevision,
  type AuditOutcome,
  type Database,
  type WriteOperation,
} from '@pamir/db';
import { GraphQLError } from 'graphql';

/** A record's state as a revision keeps it, with the version it is at. */
export interface Current<TSnapshot> {
  version: number;
  snapshot: TSnapshot;
}

/** One record's write, as a transaction carries it out. */
export interface RecordWrite<TSnapshot extends Record<string, unknown>> {
  /** The mutation's name, for the audit log: `updateWaterPoint`. */
  mutation: string;
  operation: WriteOperation;
  recordType: string;
  recordId: string;
  /** The version the caller read; a write to a record changed since is refused with CONFLICT. */
  expectedVersion?: number | null;
  /** The record as it stands, locked for the transaction (`for update`); undefined when absent. */
  read: (tx: Database) => Promise<Current<TSnapshot> | undefined>;
  /** Makes the change, leaving the record at `version`. */
  apply: (tx: Database, version: number, current: Current<TSnapshot> | undefined) => Promise<void>;
}

export interface WriteSpec<TSnapshot extends Record<string, unknown>> extends RecordWrite<TSnapshot> {
  scope: Scope;
  /** Checks the input (zod); runs after the caller is let in and before anything is written. */
  validate?: () => void | Promise<void>;
}

/**
 * Every write goes through here: the caller's scope, the input, the version the caller read, the
 * change itself, a revision and an audit entry, all in one transaction. A refused write changes
 * nothing and is still audited.
 */
export async function performWrite<TSnapshot extends Record<string, unknown>>(
  db: Database,
  auth: RequestAuth,
  spec: WriteSpec<TSnapshot>,
): Promise<void> {
  await audited(db, auth, spec, async (subject) => {
    await spec.validate?.();
    await db.transaction((tx) => writeRecord(tx as unknown as Database, subject, spec));
  });
}

/**
 * Lets the caller in if they hold the scope, then runs the work; a refusal, whether of the caller
 * or of what they sent, is audited (outside the work's rolled-back transaction) and rethrown.
 */
export async function audited<T>(
  db: Database,
  auth: RequestAuth,
  spec: { mutation: string; scope: Scope; recordType: string; recordId: string },
  work: (subject: string) => Promise<T>,
): Promise<T> {
  const entry = { operation: spec.mutation, recordType: spec.recordType, recordId: spec.recordId };
  let subject: string | null = auth.caller?.subject ?? null;
  try {
    subject = requireAuth(auth, spec.scope).subject;
    return await work(subject);
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome)
      await recordAudit(db, { ...entry, caller: subject, outcome, detail: (error as Error).message });
    throw error;
  }
}

/**
 * One record's write inside a transaction the caller opened: the version check, the change, its
 * revision and its audit entry. Several can share one transaction (an import), each all or nothing.
 */
export async function writeRecord<TSnapshot extends Record<string, unknown>>(
  tx: Database,
  subject: string,
  spec: RecordWrite<TSnapshot>,
): Promise<Current<TSnapshot>> {
  const current = await spec.read(tx);
  if (spec.operation === 'CREATE' && current)
    throw conflict(`${spec.recordType} ${spec.recordId} already exists`);
  // An import creates what it does not find, and changes what it does.
  if (spec.operation !== 'CREATE' && spec.operation !== 'IMPORT' && !current)
    throw notFound(`${spec.recordType} ${spec.recordId} does not exist`);
  if (current && spec.expectedVersion != null && current.version !== spec.expectedVersion) {
    throw staleVersion(spec.recordType, spec.recordId, current.version, spec.expectedVersion);
  }
  const version = current ? current.version + 1 : 1;
  await spec.apply(tx, version, current).catch(refusedByDatabase);
  const after = await spec.read(tx);
  if (!after) throw new Error(`${spec.recordType} ${spec.recordId} vanished while being written`);
  await recordRevision(tx, {
    recordType: spec.recordType,
    recordId: spec.recordId,
    version: after.version,
    operation: spec.operation,
    changedBy: subject,
    before: current?.snapshot,
    after: after.snapshot,
  });
  await recordAudit(tx, {
    operation: spec.mutation,
    recordType: spec.recordType,
    recordId: spec.recordId,
    caller: subject,
    outcome: 'ACCEPTED',
  });
  return after;
}

export function conflict(message: string, currentVersion?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'CONFLICT', ...(currentVersion ? { currentVersion } : {}) },
  });
}

/** The caller read a version the record has moved on from. */
export function staleVersion(recordType: string, recordId: string, found: number, expected: number): GraphQLError {
  return conflict(`${recordType} ${recordId} is at version ${found}, not ${expected}: someone changed it since you read it`, found);
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

const auditedCodes = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
]);

function outcomeOf(error: unknown): AuditOutcome | undefined {
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return typeof code === 'string' && auditedCodes.has(code) ? (code as AuditOutcome) : undefined;
}

/** A constraint the database enforces (class 23) is the caller's input at fault, not the server. */
function refusedByDatabase(error: unknown): never {
  const cause =
    (error as { cause?: { code?: unknown; constraint_name?: unknown; constraint?: unknown } }).cause ?? {};
  const code = typeof cause.code === 'string' ? cause.code : '';
  const named = cause.constraint_name ?? cause.constraint;
  const constraint = typeof named === 'string' ? named : 'a constraint';
  // Two writers creating the same record at once: the second meets the first's primary key.
  if (code === '23505' && constraint.endsWith('_pkey')) {
    throw conflict('the record already exists: another write created it first');
  }
  if (code.startsWith('23')) {
    throw new GraphQLError(`the database refused the record: it breaks ${constraint}`, {
      extensions: { code: 'BAD_USER_INPUT', constraint },
    });
  }
  throw error;
}
