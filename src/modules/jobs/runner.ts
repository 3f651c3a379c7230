/**
 * # Background jobs (pg-boss, in the app's own database)
 *
 * ```ts
 * const jobs = await startJobs({
 *   connectionString: database.url, // DATABASE_URL, or the embedded PGlite's socket URL
 *   log: app.log,
 *   definitions: [{ job: deadlineSweep, handler: sweepDeadlines, schedule: '* * * * *' }],
 *   work: config.jobs, // JOBS=off: this instance only sends
 * });
 * await jobs.send(deadlineSweep, {});
 * await jobs.stop(); // waits for running handlers (up to stopTimeoutMs), then closes its pool
 * ```
 *
 * - Jobs live in the `pgboss` schema, which pg-boss creates and migrates itself at start.
 *   One queue per job definition and version (`requests.deadline-sweep.v1`, see definitions.ts).
 * - Every instance with `work` on polls every queue; a job is fetched with `FOR UPDATE SKIP
 *   LOCKED`, so it is handled by exactly one instance. Schedules are rows keyed by queue
 *   (`pgboss.schedule`); pg-boss lets one instance a minute turn them into jobs, so two
 *   instances run a scheduled job once. Maintenance (expiring, archiving, deleting) is also
 *   taken by one instance at a time.
 * - Payloads are validated by the job's zod schema at `send` (the caller gets
 *   InvalidJobPayload) and again before the handler runs: a stored payload that does not fit
 *   fails its job at once, without retries, and is logged. A handler that throws is logged and
 *   retried per the definition's retry policy (`retryLimit`, `retryDelay`, `retryBackoff`);
 *   nothing a job does ends the process.
 * - Embedded database (PGlite behind pglite-socket): pg-boss 10 runs unchanged, nothing is
 *   turned off (checked: schema creation, send, fetch, retries, cron, maintenance, stop).
 *   PGlite is one PostgreSQL session that the socket shares between connections, one
 *   transaction at a time. pg-boss uses no LISTEN/NOTIFY (workers poll); its advisory locks
 *   are transaction-scoped and taken inside single multi-statement queries, so the one session
 *   never waits on itself; `SKIP LOCKED` never skips since fetches are serialised, and each job
 *   is still fetched once. Its pool stays small (3): every connection queues on that session.
 *   Known limit, not pg-boss's and not only the jobs': pglite-socket 0.2.17 interleaves one
 *   connection's Parse/Bind/Execute/Sync with another's once transactions make queries queue up
 *   (electric-sql/pglite#1046), so under concurrent transactional load any query can fail, hang
 *   or get another query's answer. boss-database.ts keeps a wrong answer to pg-boss from ending
 *   the process; the fix belongs in the socket (src/db/connection.ts).
 */
import PgBoss from 'pg-boss';
import { openBossDatabase, inTransactionOf, type QueryExecutor } from './boss-database.js';
import { parseJobPayload, queueOptions, type JobContext, type JobDefinition, type JobLog, type JobPayloadInput, type JobRegistration } from './definitions.js';
import { scheduleOf, syncSchedules } from './schedules.js';

export type { JobRegistration, JobSchedule } from './definitions.js';

export interface JobsOptions<R extends readonly JobDefinition[]> {
  connectionString: string;
  log: JobLog;
  definitions: { [K in keyof R]: JobRegistration<R[K]> };
  /** Default `pgboss`. */
  schema?: string;
  /** Handle jobs and keep schedules (default). `false` (JOBS=off): only send. */
  work?: boolean;
  /** pg-boss's own pool; default 3. */
  poolSize?: number;
  /** How often an idle worker looks for new jobs; default 2 (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** How often an instance checks the schedules (1-45); default 30. Cron itself is per minute. */
  cronIntervalSeconds?: number;
  /** How often an instance offers to run maintenance; default 300. */
  maintenanceIntervalSeconds?: number;
  /** How long `stop()` waits for running handlers; default 30 000. */
  stopTimeoutMs?: number;
}

export interface JobSendOptions {
  /** Not before this date, or this many seconds from now. */
  startAfter?: Date | number;
  /** With `singletonSeconds`: at most one job with this key per time slot (throttling). */
  singletonKey?: string;
  singletonSeconds?: number;
  priority?: number;
  /** Enqueue inside this kysely transaction: the job exists only if it commits. */
  transaction?: QueryExecutor;
}

export interface ScheduledJob {
  queue: string;
  cron: string;
  timezone: string;
  payload: unknown;
}

export interface JobsRunner {
  /** Queues a job; returns its id, or null when a singleton or policy rule dropped it. */
  send<J extends JobDefinition>(job: J, payload: JobPayloadInput<J>, options?: JobSendOptions): Promise<string | null>;
  schedules(): Promise<ScheduledJob[]>;
  /** Stops fetching, waits for running handlers (bounded by stopTimeoutMs), closes the pool. Idempotent. */
  stop(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,49}$/;

export async function startJobs<const R extends readonly JobDefinition[]>(options: JobsOptions<R>): Promise<JobsRunner> {
  const { log } = options;
  const schema = options.schema ?? 'pgboss';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`jobs: schema "${schema}" must be a lower-case PostgreSQL identifier`);
  const work = options.work ?? true;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const cronIntervalSeconds = options.cronIntervalSeconds ?? 30;
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
  const registrations = checkRegistrations(options.definitions as readonly JobRegistration[], work);

  const db = openBossDatabase({ connectionString: options.connectionString, schema, max: options.poolSize ?? 3, log });
  const boss = new PgBoss({
    db,
    schema,
    supervise: work,
    schedule: work,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 300,
    cronMonitorIntervalSeconds: cronIntervalSeconds,
    cronWorkerIntervalSeconds: Math.min(5, cronIntervalSeconds),
    // Failed jobs stay in pgboss.job for a week (where operators look), then pgboss.archive for 30 days.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 30,
  });
  boss.on('error', (err) => log.error({ err }, 'jobs: pg-boss reported an error'));

  const workers = new Map<string, string>(); // queue -> pg-boss worker id
  const queues = new Set<string>();
  const running = new Set<Promise<void>>();
  let stopping: Promise<void> | null = null;

  async function ensureQueue(job: JobDefinition): Promise<void> {
    if (queues.has(job.queue)) return;
    // pg-boss's create_queue inserts the queue row, then adds a partition whose foreign key
    // locks pgboss.queue: two instances creating queues at once deadlock on PostgreSQL (seen
    // when two replicas start together). One advisory lock per schema makes them take turns.
    // (pg-boss creates its internal cron queue without it, once per database: retry a deadlock.)
    for (let attempt = 1; ; attempt++) {
      try {
        await db.executeSql(
          `WITH turn AS (SELECT pg_advisory_xact_lock(('x' || encode(sha224((current_database() || '.pgboss.${schema}.create_queue')::bytea), 'hex'))::bit(64)::bigint))
           SELECT ${schema}.create_queue($1, $2::json) FROM turn`,
          [job.queue, { policy: job.policy, ...queueOptions(job) }],
        );
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '40P01' || attempt === 3) throw err;
      }
    }
    queues.add(job.queue);
  }

  async function handle(definition: JobDefinition, handler: NonNullable<JobRegistration['handler']>, job: PgBoss.JobWithMetadata<object>) {
    const attempt = job.retryCount + 1;
    const lastAttempt = job.retryCount >= job.retryLimit;
    const fields = { queue: definition.queue, jobId: job.id, attempt };
    let payload: object;
    try {
      payload = parseJobPayload(definition, job.data, job.id);
    } catch (err) {
      log.error({ ...fields, err }, `jobs: ${(err as Error).message}; the job fails without retries`);
      // The same data would fail again: make this attempt the last one.
      await db
        .executeSql(`UPDATE ${schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [definition.queue, job.id])
        .catch((e: unknown) => log.warn({ ...fields, err: e }, 'jobs: could not cancel the retries of an invalid job'));
      throw err;
    }
    const context: JobContext = { jobId: job.id, queue: definition.queue, attempt, lastAttempt, log: withFields(log, fields) };
    try {
      await handler(payload, context);
    } catch (err) {
      if (lastAttempt) log.error({ ...fields, err }, `jobs: job ${definition.queue} failed on its last attempt (${attempt}); it is marked failed`);
      else log.warn({ ...fields, err }, `jobs: job ${definition.queue} failed (attempt ${attempt} of ${job.retryLimit + 1}); it will be retried`);
      throw err;
    }
  }

  try {
    await boss.start();
    for (const r of registrations) await ensureQueue(r.job);
    if (work) {
      for (const r of registrations) {
        const handler = (r.handler ?? r.job.handler)!;
        const id = await boss.work<object>(
          r.job.queue,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds },
          async ([job]) => {
            if (!job) return;
            const run = handle(r.job, handler, job);
            const tracked = run.catch(() => {}).finally(() => running.delete(tracked));
            running.add(tracked);
            try {
              await run;
            } finally {
              // pg-boss 10 waits a whole polling interval after each job; while a queue has
              // work, fetch the next one at once instead (an empty fetch ends the burst).
              if (!stopping) boss.notifyWorker(workers.get(r.job.queue)!);
            }
          },
        );
        workers.set(r.job.queue, id);
      }
      await syncSchedules(boss, registrations);
    }
  } catch (err) {
    await boss.stop({ graceful: false, close: false }).catch(() => {});
    await db.close();
    throw err;
  }
  log.info({ queues: registrations.map((r) => r.job.queue), work }, `jobs: started (${work ? 'sending and handling' : 'sending only'})`);

  return {
    async send(job, payload, sendOptions = {}) {
      if (stopping) throw new Error('jobs: the runner is stopped');
      parseJobPayload(job, payload); // the caller's mistake is the caller's error; the stored payload is the input as given
      await ensureQueue(job);
      const { transaction, startAfter, ...rest } = sendOptions;
      const id = await boss.send(job.queue, payload as object, {
        ...queueOptions(job),
        ...rest,
        ...(startAfter === undefined ? {} : { startAfter }),
        ...(transaction ? { db: inTransactionOf(transaction) } : {}),
      });
      // A job for a queue this instance works on is picked up now rather than at the next poll.
      const worker = workers.get(job.queue);
      if (id && worker && !transaction) boss.notifyWorker(worker);
      return id;
    },
    async schedules() {
      const rows = await boss.getSchedules();
      return rows.map((s) => ({ queue: s.name, cron: s.cron, timezone: (s as { timezone?: string }).timezone ?? 'UTC', payload: s.data ?? {} }));
    },
    stop() {
      stopping ??= (async () => {
        const deadline = Date.now() + stopTimeoutMs;
        try {
          // pg-boss stops fetching, waits while its workers hold jobs, then fails what is still held.
          await boss.stop({ graceful: true, close: false, wait: true, timeout: stopTimeoutMs });
        } catch (err) {
          log.error({ err }, 'jobs: pg-boss did not stop cleanly');
        }
        // Handlers pg-boss gave up on (expired) may still run: they get the rest of the time.
        if (running.size > 0) await settledWithin([...running], deadline - Date.now());
        if (running.size > 0) log.warn({ running: running.size }, 'jobs: stopped while handlers still run; their jobs will be retried');
        await new Promise((resolve) => setImmediate(resolve)); // let pg-boss issue the last completions
        await db.idle(Math.max(deadline, Date.now() + 1000));
        await db.close();
        log.info({}, 'jobs: stopped');
      })();
      return stopping;
    },
  };
}

function checkRegistrations(registrations: readonly JobRegistration[], work: boolean): readonly JobRegistration[] {
  const seen = new Set<string>();
  for (const r of registrations) {
    if (seen.has(r.job.queue)) throw new Error(`jobs: ${r.job.queue} is registered twice`);
    seen.add(r.job.queue);
    if (work && !r.handler && !r.job.handler) throw new Error(`jobs: ${r.job.queue} has no handler`);
    if (r.schedule !== undefined) parseJobPayload(r.job, scheduleOf(r).payload);
  }
  return registrations;
}

function withFields(log: JobLog, fields: Record<string, unknown>): JobLog {
  return {
    info: (more, message) => log.info({ ...fields, ...more }, message),
    warn: (more, message) => log.warn({ ...fields, ...more }, message),
    error: (more, message) => log.error({ ...fields, ...more }, message),
  };
}

/** Waits for the promises (which never reject) or `ms`, whichever comes first, leaving no timer behind. */
async function settledWithin(promises: Promise<void>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, ms));
  });
  try {
    await Promise.race([Promise.all(promises), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
