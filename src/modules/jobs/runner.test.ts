import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { z } from 'zod';
import { openTestDatabase } from '../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { InvalidJobPayload, defineJob, type JobDefinition, type JobLog } from './definitions.js';
import { startJobs, type JobsOptions, type JobsRunner } from './runner.js';

// The app passes its Fastify (pino) logger as it is.
const _fastifyLoggerIsAJobLog = (log: FastifyBaseLogger): JobLog => log;

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => {
  await h?.close();
});

interface LogLine {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}
const lines: LogLine[] = [];
const log: JobLog = {
  info: (fields, message) => lines.push({ level: 'info', fields, message }),
  warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
  error: (fields, message) => lines.push({ level: 'error', fields, message }),
};
const linesAbout = (jobId: string | null) => lines.filter((l) => l.fields.jobId === jobId);

/** A runner on the test database, polling fast, stopped when the test ends. */
async function start<const R extends readonly JobDefinition[]>(
  options: Omit<JobsOptions<R>, 'connectionString' | 'log'>,
): Promise<JobsRunner> {
  const runner = await startJobs<R>({ connectionString: h.url, log, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000, ...options });
  onTestFinished(() => runner.stop());
  return runner;
}

interface JobRow {
  name: string;
  state: string;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  start_after: Date;
  output: { message?: string } | null;
}
async function jobRow(id: string | null): Promise<JobRow | undefined> {
  if (!id) throw new Error('no job id');
  const { rows } = await sql<JobRow>`SELECT name, state, data, retry_count, retry_limit, retry_delay, retry_backoff, start_after, output
    FROM pgboss.job WHERE id = ${id}::uuid`.execute(h.db);
  return rows[0];
}
async function jobsIn(queue: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${queue}`.execute(h.db);
  return rows[0]!.n;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sending a job', () => {
  it('is handled exactly once, with its payload, on the queue of its version', async () => {
    const notify = defineJob({
      name: 'test.notify',
      version: 1,
      payload: z.object({ authority: z.string(), reminders: z.number().int().default(1) }),
    });
    const seen: unknown[] = [];
    const runner = await start({
      definitions: [{ job: notify, handler: async (payload, ctx) => void seen.push({ payload, jobId: ctx.jobId, attempt: ctx.attempt }) }],
    });

    const id = await runner.send(notify, { authority: 'Ärztekammer Berlin' });
    await expect.poll(async () => (await jobRow(id))?.state).toBe('completed');
    await pause(600); // one more polling round: nobody picks it up again
    expect(seen).toEqual([{ payload: { authority: 'Ärztekammer Berlin', reminders: 1 }, jobId: id, attempt: 1 }]);
    expect(await jobRow(id)).toMatchObject({
      name: 'test.notify.v1',
      data: { authority: 'Ärztekammer Berlin' }, // stored as sent; defaults apply when it is handled
      retry_limit: 3,
      retry_delay: 10,
      retry_backoff: true,
    });
  });

  it('is refused at send when the payload does not fit, and an unfitting stored payload never reaches the handler', async () => {
    const strict = defineJob({ name: 'test.strict', version: 1, payload: z.object({ authorityId: z.uuid() }) });
    const handler = vi.fn(async () => {});
    const runner = await start({ definitions: [{ job: strict, handler }] });

    await expect(runner.send(strict, { authorityId: 'not-a-uuid' })).rejects.toThrow(InvalidJobPayload);
    expect(await jobsIn('test.strict.v1')).toBe(0);

    // A producer built with another schema under the same version: what versioning is for.
    const sloppy = defineJob({ name: 'test.strict', version: 1, payload: z.object({ authorityId: z.number() }) });
    const id = await runner.send(sloppy, { authorityId: 42 });
    await expect.poll(async () => (await jobRow(id))?.state).toBe('failed');
    const row = await jobRow(id);
    expect(row).toMatchObject({ retry_count: 0, retry_limit: 0 }); // failed at once: the same data would fail again
    expect(row?.output?.message).toMatch(/^invalid payload for job test\.strict\.v1 .*authorityId/);
    expect(handler).not.toHaveBeenCalled();
    expect(linesAbout(id)).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/invalid payload.*without retries/) })]);
  });
});

describe('a failing handler', () => {
  it('is logged and retried, then its job is marked failed', async () => {
    const flaky = defineJob({ name: 'test.flaky', version: 1, payload: z.object({}), retry: { limit: 2, delaySeconds: 0, backoff: false } });
    const attempts: Array<[number, boolean]> = [];
    const runner = await start({
      definitions: [
        {
          job: flaky,
          handler: async (_payload, ctx) => {
            attempts.push([ctx.attempt, ctx.lastAttempt]);
            throw new Error('the national register does not answer');
          },
        },
      ],
    });

    const id = await runner.send(flaky, {});
    await expect.poll(async () => (await jobRow(id))?.state).toBe('failed');
    expect(attempts).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(await jobRow(id)).toMatchObject({ retry_count: 2, output: { message: 'the national register does not answer' } });
    expect(linesAbout(id).map((l) => l.level)).toEqual(['warn', 'warn', 'error']);
  });

  it('waits longer before each retry with backoff', async () => {
    const backoff = defineJob({ name: 'test.backoff', version: 1, payload: z.object({}), retry: { limit: 1, delaySeconds: 60, backoff: true } });
    const runner = await start({
      definitions: [{ job: backoff, handler: async () => Promise.reject(new Error('not yet')) }],
    });
    const id = await runner.send(backoff, {});
    await expect.poll(async () => (await jobRow(id))?.state).toBe('retry');
    const waitSeconds = ((await jobRow(id))!.start_after.getTime() - Date.now()) / 1000;
    expect(waitSeconds).toBeGreaterThan(50); // 60 s * 2^1 / 2, plus up to as much again of jitter
    expect(waitSeconds).toBeLessThanOrEqual(121);
  });
});

describe('a scheduled job', () => {
  const scheduled = async (prefix: string, runner: JobsRunner) => (await runner.schedules()).filter((s) => s.queue.startsWith(prefix));

  it('is registered once however many instances start with it, and a new version replaces the old schedule', async () => {
    const sweep = defineJob({ name: 'test.sweep', version: 1, payload: z.object({ dryRun: z.boolean().default(false) }), policy: 'stately' });
    const runs: unknown[] = [];
    const registration = { job: sweep, handler: async (p: { dryRun: boolean }) => void runs.push(p), schedule: '*/5 * * * *' };
    const first = await start({ definitions: [registration] });
    const second = await start({ definitions: [registration] });

    expect(await scheduled('test.sweep', second)).toEqual([{ queue: 'test.sweep.v1', cron: '*/5 * * * *', timezone: 'UTC', payload: {} }]);
    const { rows: queue } = await sql<{ policy: string }>`SELECT policy FROM pgboss.queue WHERE name = 'test.sweep.v1'`.execute(h.db);
    expect(queue).toEqual([{ policy: 'stately' }]); // a slow sweep never runs twice at once

    // Its handler, without waiting for the clock:
    await first.send(sweep, { dryRun: true });
    await expect.poll(() => runs).toEqual([{ dryRun: true }]);

    // The next release still drains v1's queue, and schedules v2 only.
    const sweepV2 = defineJob({ name: 'test.sweep', version: 2, payload: z.object({ hoursBefore: z.number() }) });
    await start({
      definitions: [
        { job: sweep, handler: registration.handler },
        { job: sweepV2, handler: async () => {}, schedule: { cron: '0 * * * *', tz: 'Europe/Brussels', payload: { hoursBefore: 24 } } },
      ],
    });
    expect(await scheduled('test.sweep', first)).toEqual([
      { queue: 'test.sweep.v2', cron: '0 * * * *', timezone: 'Europe/Brussels', payload: { hoursBefore: 24 } },
    ]);
  });

  it('refuses a schedule whose payload does not fit', async () => {
    const sweep = defineJob({ name: 'test.sweep-strict', version: 1, payload: z.object({ hoursBefore: z.number() }) });
    await expect(startJobs({ connectionString: h.url, log, definitions: [{ job: sweep, handler: async () => {}, schedule: '* * * * *' }] })).rejects.toThrow(
      InvalidJobPayload,
    );
  });

  it('runs from its cron schedule (every minute, checked every second here)', async () => {
    const tick = defineJob({ name: 'test.tick', version: 1, payload: z.object({}) });
    let ticks = 0;
    await start({ definitions: [{ job: tick, handler: async () => void ticks++, schedule: '* * * * *' }], cronIntervalSeconds: 1 });
    await expect.poll(() => ticks, { timeout: 15_000 }).toBeGreaterThan(0);
  });
});

describe('stopping', () => {
  it('waits for a running job to finish, then refuses to send', async () => {
    const slow = defineJob({ name: 'test.slow', version: 1, payload: z.object({}) });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = false;
    let finished = false;
    const runner = await start({
      definitions: [
        {
          job: slow,
          handler: async () => {
            entered = true;
            await gate;
            finished = true;
          },
        },
      ],
    });
    const id = await runner.send(slow, {});
    await expect.poll(() => entered).toBe(true);

    let stopped = false;
    const stopping = runner.stop().then(() => void (stopped = true));
    await pause(300);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
    expect((await jobRow(id))?.state).toBe('completed');
    await expect(runner.send(slow, {})).rejects.toThrow(/stopped/);
  });

  it('gives up after its timeout: the job goes back for a retry, and the late handler crashes nothing', async () => {
    const stuck = defineJob({ name: 'test.stuck', version: 1, payload: z.object({}) });
    let entered = false;
    let finished = false;
    const runner = await start({
      definitions: [
        {
          job: stuck,
          handler: async () => {
            entered = true;
            await pause(2_000);
            finished = true;
          },
        },
      ],
      stopTimeoutMs: 1_000,
    });
    const id = await runner.send(stuck, {});
    await expect.poll(() => entered).toBe(true);
    const began = Date.now();
    await runner.stop();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(await jobRow(id)).toMatchObject({ state: 'retry', output: { value: 'pg-boss shut down while active' } });
    await expect.poll(() => finished).toBe(true);
    // pg-boss then tries to record the completion on the closed pool: logged, not thrown.
    await expect.poll(() => lines.some((l) => l.level === 'warn' && /could not record the end of a job/.test(l.message))).toBe(true);
  });
});

describe('several instances', () => {
  it('share the work: each job is handled by exactly one runner', async () => {
    const share = defineJob({ name: 'test.share', version: 1, payload: z.object({ n: z.number() }) });
    const handled: Array<{ n: number; by: string }> = [];
    const by = (who: string) => async (p: { n: number }) => {
      await pause(100);
      handled.push({ n: p.n, by: who });
    };
    const [a] = await Promise.all([
      start({ definitions: [{ job: share, handler: by('a') }] }),
      start({ definitions: [{ job: share, handler: by('b') }] }),
    ]);

    const ids = await Promise.all(Array.from({ length: 12 }, (_, n) => a.send(share, { n })));
    await expect.poll(() => handled.length).toBe(12);
    await pause(600);
    expect(handled.map((x) => x.n).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(handled.map((x) => x.by))).toEqual(new Set(['a', 'b']));
    for (const id of ids) expect((await jobRow(id))?.state).toBe('completed');
  });

  it('an instance with work off sends, and one with work on handles', async () => {
    const job = defineJob({ name: 'test.relay', version: 1, payload: z.object({ ref: z.string() }) });
    const seen: string[] = [];
    await start({ definitions: [{ job, handler: async (p) => void seen.push(p.ref) }] });
    const sender = await start({ definitions: [{ job }], work: false });
    await sender.send(job, { ref: 'IMI-2026-000123' });
    await expect.poll(() => seen).toEqual(['IMI-2026-000123']);
  });
});

describe('sending inside a transaction', () => {
  it('queues the job only if the transaction commits', async () => {
    const job = defineJob({ name: 'test.after-commit', version: 1, payload: z.object({ ref: z.string() }) });
    const seen: string[] = [];
    const runner = await start({ definitions: [{ job, handler: async (p) => void seen.push(p.ref) }] });

    await expect(
      h.db.transaction().execute(async (trx) => {
        await runner.send(job, { ref: 'rolled back' }, { transaction: trx });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await h.db.transaction().execute(async (trx) => {
      await runner.send(job, { ref: 'committed' }, { transaction: trx });
    });

    await expect.poll(() => seen).toEqual(['committed']);
    expect(await jobsIn('test.after-commit.v1')).toBe(1);
  });
});
