import { createRequire } from 'node:module';
import { CompiledQuery } from 'kysely';
import type { QueryResult } from 'kysely';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import type { JobLog } from './definitions.js';

/**
 * The connection pg-boss runs on: a small pool of its own (pg-boss's queries are short; its
 * workers poll), given to pg-boss as its `db` so that two of pg-boss 10's habits cannot take
 * the process down:
 *
 * - After a handler, pg-boss records the job's completion or failure without awaiting the
 *   query (manager.js `watch`; timgit/pg-boss#577). If that query fails (the database restarted,
 *   a stop gave up waiting and closed the pool), the rejection is unhandled and Node exits.
 *   Here those two commands log instead; the job stays `active` until it expires, then pg-boss
 *   retries it (at least once, never lost).
 * - A fetch that was already on the wire when `stop()` began still returns jobs; `idle()` lets
 *   the runner wait for such queries before it ends the pool.
 */
export interface BossDatabase extends PgBoss.Db {
  /** Resolves when no query is in flight, or at `deadline` (epoch ms). */
  idle(deadline: number): Promise<void>;
  close(): Promise<void>;
}

interface PgBossPlans {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
}

function recordingCommands(schema: string): Set<string> {
  // pg-boss has no public export of its SQL; its plans module is plain CommonJS (pinned 10.4.2).
  const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as Partial<PgBossPlans>;
  if (typeof plans.completeJobs !== 'function' || typeof plans.failJobsById !== 'function') {
    throw new Error('pg-boss/src/plans.js no longer exports completeJobs/failJobsById: check src/modules/jobs/boss-database.ts against the installed pg-boss');
  }
  return new Set([plans.completeJobs(schema), plans.failJobsById(schema)]);
}

export function openBossDatabase(options: { connectionString: string; schema: string; max: number; log: JobLog }): BossDatabase {
  const { log } = options;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max, application_name: 'openimi-jobs' });
  pool.on('error', (err) => log.warn({ err }, 'jobs: an idle database connection failed; the next query reconnects'));
  const recording = recordingCommands(options.schema);
  const unrecorded = { rows: [{ count: 0 }] };
  let inFlight = 0;
  let closed = false;

  function notRecorded(err: unknown): { rows: unknown[] } {
    log.warn({ err }, 'jobs: could not record the end of a job; it stays active until it expires, then pg-boss retries it');
    return unrecorded;
  }

  return {
    async executeSql(text: string, values?: unknown[]) {
      if (closed) {
        if (recording.has(text)) return notRecorded(new Error('the jobs connection is closed'));
        throw new Error('jobs: the pg-boss connection is closed');
      }
      inFlight++;
      try {
        const result = await pool.query(text, values);
        // Both commands answer one row (a count); anything else is not their answer (see
        // runner.ts on the embedded database) and would throw inside pg-boss, unhandled.
        if (recording.has(text) && result.rows.length !== 1) return notRecorded(new Error(`unexpected answer (${result.rows.length} rows)`));
        return result;
      } catch (err) {
        if (recording.has(text)) return notRecorded(err);
        throw err;
      } finally {
        inFlight--;
      }
    },
    async idle(deadline: number) {
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** What a kysely transaction offers, enough to enqueue a job inside it. */
export interface QueryExecutor {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/** pg-boss's `db` option on top of a kysely transaction: the job exists only if the transaction commits. */
export function inTransactionOf(executor: QueryExecutor): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: [...result.rows] };
    },
  };
}
