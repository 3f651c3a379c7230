import type PgBoss from 'pg-boss';
import { queueOptions, type JobRegistration } from './definitions.js';

/** A registration's schedule with its defaults: UTC, payload `{}`. */
export function scheduleOf(r: JobRegistration): { cron: string; tz: string; payload: object } {
  const s = typeof r.schedule === 'string' ? { cron: r.schedule } : r.schedule!;
  return { cron: s.cron, tz: s.tz ?? 'UTC', payload: (s.payload as object | undefined) ?? {} };
}

/**
 * Makes pgboss.schedule match the registrations for the jobs this instance knows: their
 * schedules are registered (or updated), and the schedules of their other versions, or of a
 * version registered without one, are removed. Schedules of other jobs are left alone.
 */
export async function syncSchedules(boss: PgBoss, registrations: readonly JobRegistration[]): Promise<void> {
  const wanted = new Map(registrations.filter((r) => r.schedule !== undefined).map((r) => [r.job.queue, r]));
  const known = new Set(registrations.map((r) => r.job.name));
  for (const s of await boss.getSchedules()) {
    const name = /^(.+)\.v\d+$/.exec(s.name)?.[1];
    if (name && known.has(name) && !wanted.has(s.name)) await boss.unschedule(s.name);
  }
  for (const r of wanted.values()) {
    const { cron, tz, payload } = scheduleOf(r);
    await boss.schedule(r.job.queue, cron, payload, { tz, ...queueOptions(r.job) });
  }
}
