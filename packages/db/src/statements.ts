import type { PGlite, Transaction } from '@electric-sql/pglite';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Sql } from 'postgres';

/** Told of every statement a handle runs: for the process's metrics (time taken, connections busy). */
export interface StatementObserver {
  started(): void;
  finished(seconds: number, failed: boolean): void;
}

const tracer = trace.getTracer('pamir-db');

/**
 * Runs one statement inside a span of its own (`db.query.text` holds the SQL, never the
 * parameters), as a child of whatever span is active: the resolver's request. Drizzle's logger
 * only hears of a statement before it runs, so the span is made here, around the driver call.
 * With no tracer provider registered the span is the API's no-op.
 */
function measured<T>(system: string, text: string, observer: StatementObserver | undefined, run: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(
    firstWords(text),
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': system, 'db.query.text': text } },
    async (span) => {
      const start = performance.now();
      observer?.started();
      let failed = false;
      try {
        return await run();
      } catch (error) {
        failed = true;
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        observer?.finished((performance.now() - start) / 1000, failed);
        span.end();
      }
    },
  );
}

/** A span's name: the statement's kind and table (`select "events"`), short enough to group by. */
function firstWords(text: string): string {
  const match = /^\s*(\w+)[\s\S]*?\b(?:from|into|update)\s+("?[\w.]+"?)/i.exec(text);
  if (match) return `${match[1]!.toLowerCase()} ${match[2]!}`;
  return text.trim().split(/\s+/, 1)[0]!.toLowerCase() || 'sql';
}

/** Every `query` on this PGlite, and on each transaction it opens, runs in a statement span. */
export function instrumentPglite(client: PGlite, observer?: StatementObserver): void {
  const wrapQuery = (target: PGlite | Transaction) => {
    const query = target.query.bind(target);
    target.query = ((text: string, ...rest: unknown[]) =>
      measured('postgresql', text, observer, () => (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest))) as typeof target.query;
  };
  wrapQuery(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (callback) =>
    transaction((tx) => {
      wrapQuery(tx);
      return callback(tx);
    });
}

type Unsafe = Sql['unsafe'];

/**
 * Every `unsafe` statement on this postgres.js client (Drizzle sends all of its statements so), and
 * in each transaction and savepoint it opens, runs in a statement span. A postgres.js query runs
 * when first awaited, so the span starts there and ends when it settles.
 */
export function instrumentPostgres(client: Sql, observer?: StatementObserver): void {
  const wrap = (sql: Sql) => {
    const unsafe: Unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((text: string, ...rest: Parameters<Unsafe> extends [unknown, ...infer R] ? R : never) => {
      const query = unsafe(text, ...rest);
      const then = query.then.bind(query);
      let settled: Promise<Awaited<typeof query>> | undefined;
      query.then = ((onFulfilled, onRejected) => {
        settled ??= measured('postgresql', text, observer, () => new Promise<Awaited<typeof query>>((resolve, reject) => void then(resolve, reject)));
        return settled.then(onFulfilled, onRejected);
      }) as typeof query.then;
      return query;
    }) as Unsafe;
    wrapScopes(sql);
  };
  const wrapScopes = (sql: Sql) => {
    for (const name of ['begin', 'savepoint'] as const) {
      const open = (sql as unknown as Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>)[name];
      if (!open) continue;
      (sql as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        const callback = args.pop() as (scoped: Sql) => unknown;
        return open.call(sql, ...args, (scoped: Sql) => {
          wrap(scoped);
          return callback(scoped);
        });
      };
    }
  };
  wrap(client);
}
