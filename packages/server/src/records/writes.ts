import type { RequestAuth, Scope } from '@pamir/auth';
import { groupBy, type Database } from '@pamir/db';
import { inArray } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { invalidFields, parseInput } from '../input.js';
import type { NamedReference, Peers } from '../references.js';
import { audited, conflict, notFound, staleVersion, writeRecord, type Current } from '../write.js';
import type { RecordType } from './declaration.js';
import { addedReferences, namedReferences } from './references.js';
import { loadRow, readState, stamp, type Snapshot } from './state.js';

/** What a write needs from the request. */
export interface WriteContext {
  db: Database;
  auth: RequestAuth;
  peers: Peers;
}

type FieldProblem = { path: string; message: string };

/**
 * The one write path of a subgraph: create, update, archive and restore for each of its record
 * types, with the scope `write:<subgraph>`. References are checked before the transaction opens, so
 * no row is locked while a peer answers; inside it, the record's row is locked, its version checked,
 * the change made, and a revision and an audit entry written. A refused write changes nothing and
 * is audited.
 */
export function recordWrites(subgraph: string, types: readonly RecordType[]) {
  const scope = `write:${subgraph}` as Scope;
  const ours = new Map(types.map((type) => [type.type, type]));

  /** Every reference must name an existing entity: ours looked up here, the rest asked of their owners. */
  async function requireReferences(db: Database, peers: Peers, references: readonly NamedReference[]) {
    if (!references.length) return;
    const local = references.filter((reference) => ours.has(reference.typename));
    const remote = references.filter((reference) => !ours.has(reference.typename));
    const problems: FieldProblem[] = [];
    const checks = [requireOwn(db, local), remote.length ? peers.requireReferences(remote) : Promise.resolve()];
    for (const result of await Promise.allSettled(checks)) {
      if (result.status === 'fulfilled') continue;
      const fields = fieldsOf(result.reason);
      if (!fields) throw result.reason;
      problems.push(...fields);
    }
    // Both sides' problems at once, in the order the record names them.
    const order = references.map((reference) => reference.path);
    problems.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    if (problems.length) throw invalidFields(problems);
  }

  async function requireOwn(db: Database, references: readonly NamedReference[]): Promise<void> {
    const missing: NamedReference[] = [];
    for (const [typename, named] of groupBy(references, (reference) => reference.typename)) {
      const type = ours.get(typename)!;
      const keys = named.map(keyOf);
      const rows = await db.select({ key: type.column }).from(type.table).where(inArray(type.column, keys));
      const found = new Set(rows.map((row) => String(row.key)));
      missing.push(...named.filter((reference) => !found.has(keyOf(reference))));
    }
    if (missing.length) {
      throw invalidFields(missing.map((reference) => ({ path: reference.path, message: `no ${reference.typename} ${keyOf(reference)} exists` })));
    }
  }

  function writesOf(type: RecordType) {
    const keyField = type.key ?? 'id';
    const entry = (verb: string, key: string) => ({ mutation: `${verb}${type.type}`, scope, recordType: type.type, recordId: key });
    const locked = (key: string) => (tx: Database) => readState(tx, type, key, { lock: true });

    const setArchived = (archived: boolean) => async ({ db, auth }: WriteContext, key: string, version: number) => {
      await audited(db, auth, entry(archived ? 'archive' : 'restore', key), (subject) =>
        db.transaction((tx) =>
          writeRecord(tx as unknown as Database, subject, {
            ...entry(archived ? 'archive' : 'restore', key),
            operation: archived ? 'ARCHIVE' : 'RESTORE',
            expectedVersion: version,
            read: locked(key),
            apply: async (tx, next, current) => {
              if (!!current?.snapshot.archivedAt === archived) {
                throw conflict(`${type.type} ${key} is ${archived ? 'already' : 'not'} archived`, current?.version);
              }
              await stamp(tx, type, key, next, archived);
            },
          }),
        ),
      );
      return loadRow(db, type, key);
    };

    return {
      async create({ db, auth, peers }: WriteContext, input: Record<string, unknown>) {
        const key = String(input[keyField]);
        await audited(db, auth, entry('create', key), async (subject) => {
          // Looked at only once the caller is let in.
          const record = parseInput(type.input, input, 'input');
          await requireReferences(db, peers, namedReferences(record, type.references, 'input'));
          await db.transaction((tx) => storeRecord(tx as unknown as Database, subject, type, { mutation: entry('create', key).mutation, operation: 'CREATE', record }));
        });
        return loadRow(db, type, key);
      },

      /** Lays the patch over the record as it stands, checks the whole and writes it whole. */
      async update({ db, auth, peers }: WriteContext, key: string, version: number, patch: object) {
        await audited(db, auth, entry('update', key), async (subject) => {
          // A look before the transaction: a stale caller hears CONFLICT before anything about fields,
          // and new references are asked of their owners while no row is locked. Inside, the version
          // is checked again under the lock, so the state merged here is the state written over.
          const current = startingPoint(await readState(db, type, key, { lock: false }), type, key, version);
          const { archivedAt: _, ...record } = current.snapshot;
          const merged = parseInput(type.input, { ...record, ...given(patch), [keyField]: key }, 'patch');
          const before = namedReferences(record, type.references, 'patch');
          await requireReferences(db, peers, addedReferences(namedReferences(merged, type.references, 'patch'), before));
          await db.transaction((tx) =>
            storeRecord(tx as unknown as Database, subject, type, { mutation: entry('update', key).mutation, operation: 'UPDATE', record: merged, expectedVersion: version }),
          );
        });
        return loadRow(db, type, key);
      },

      archive: setArchived(true),
      restore: setArchived(false),
    };
  }

  const writes = new Map(types.map((type) => [type.type, writesOf(type)]));

  /** The Mutation resolvers: `create<Type>(input)`, `update<Type>(<key>, version, patch)`, `archive…`, `restore…`. */
  function mutationResolvers(): Record<string, (parent: unknown, args: Record<string, unknown>, context: WriteContext) => Promise<unknown>> {
    return Object.fromEntries(
      types.flatMap((type) => {
        const write = writes.get(type.type)!;
        const key = (args: Record<string, unknown>) => {
          const given = String(args[type.key ?? 'id']);
          return type.normalizeKey ? type.normalizeKey(given) : given;
        };
        const version = (args: Record<string, unknown>) => Number(args['version']);
        return [
          [`create${type.type}`, (_: unknown, args: Record<string, unknown>, context: WriteContext) => write.create(context, args['input'] as Record<string, unknown>)],
          [`update${type.type}`, (_: unknown, args: Record<string, unknown>, context: WriteContext) => write.update(context, key(args), version(args), args['patch'] as object)],
          [`archive${type.type}`, (_: unknown, args: Record<string, unknown>, context: WriteContext) => write.archive(context, key(args), version(args))],
          [`restore${type.type}`, (_: unknown, args: Record<string, unknown>, context: WriteContext) => write.restore(context, key(args), version(args))],
        ];
      }),
    );
  }

  return { scope, types, writes, mutationResolvers, requireReferences };
}

/**
 * Stores one checked record inside a transaction the caller opened: the row locked, the version
 * checked, the record written whole at the next version, its revision and audit entry. An import
 * calls it once per record, each in its own savepoint.
 */
export function storeRecord(
  tx: Database,
  subject: string,
  type: RecordType,
  write: { mutation: string; operation: 'CREATE' | 'UPDATE' | 'IMPORT'; record: Record<string, unknown>; expectedVersion?: number },
): Promise<Current<Snapshot>> {
  const key = String(write.record[type.key ?? 'id']);
  return writeRecord(tx, subject, {
    mutation: write.mutation,
    operation: write.operation,
    recordType: type.type,
    recordId: key,
    expectedVersion: write.expectedVersion,
    read: (tx) => readState(tx, type, key, { lock: true }),
    apply: async (tx, version) => {
      await type.write(tx, [write.record]);
      await stamp(tx, type, key, version);
    },
  });
}

/** The state an update applies to, as the caller read it; missing or changed since is refused. */
function startingPoint(current: Current<Snapshot> | undefined, type: RecordType, key: string, version: number): Current<Snapshot> {
  if (!current) throw notFound(`${type.type} ${key} does not exist`);
  if (current.version !== version) throw staleVersion(type.type, key, current.version, version);
  return current;
}

/** A patch's fields that are given: a field left out keeps its value, an explicit null clears it. */
function given(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

const keyOf = (reference: NamedReference) => String(Object.values(reference.key)[0]);

function fieldsOf(error: unknown): FieldProblem[] | undefined {
  if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'BAD_USER_INPUT') return undefined;
  const fields = error.extensions['fields'];
  return Array.isArray(fields) ? (fields as FieldProblem[]) : undefined;
}
