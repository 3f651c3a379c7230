import { z } from 'zod';

/**
 * A background job is a typed, versioned definition: a name, a version and a zod schema
 * of its payload. Its queue is `<name>.v<version>`, so a job queued by an older release
 * never meets a newer handler: change the payload's meaning, bump the version (the old
 * queue drains on the instances that still run the old code).
 */

/** What the runner and the handlers log with; a pino / Fastify logger fits as it is. */
export interface JobLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * pg-boss queue policies: `standard` (any number queued and active), `short` (at most one
 * queued), `singleton` (at most one active), `stately` (at most one queued and one active:
 * what a periodic sweep wants, so that a slow sweep never runs twice at once).
 */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface RetryPolicy {
  /** Retries after the first attempt (0 = run once). */
  limit: number;
  /** Seconds before a retry; with `backoff`, the base of an exponential, jittered delay. */
  delaySeconds: number;
  backoff: boolean;
}

export const DEFAULT_RETRY: RetryPolicy = { limit: 3, delaySeconds: 10, backoff: true };
/** A handler still running after this long is failed by pg-boss (and retried). */
export const DEFAULT_EXPIRE_IN_SECONDS = 15 * 60;

export interface JobContext {
  jobId: string;
  queue: string;
  /** 1 for the first run, 2 for the first retry, ... */
  attempt: number;
  /** A failure now fails the job for good. */
  lastAttempt: boolean;
  /** The runner's log, with the queue, job id and attempt added to every line. */
  log: JobLog;
}

/** Payloads are JSON objects in pgboss.job.data. */
export type JobPayloadSchema = z.ZodType<object>;

export interface JobDefinition<Schema extends JobPayloadSchema = JobPayloadSchema> {
  readonly name: string;
  readonly version: number;
  /** `<name>.v<version>`: the pg-boss queue, and the name of its schedule. */
  readonly queue: string;
  readonly payload: Schema;
  readonly retry: RetryPolicy;
  readonly expireInSeconds: number;
  readonly policy: QueuePolicy;
  /** Optional here: a handler can also be given when the runner starts. */
  handler?(payload: z.output<Schema>, context: JobContext): Promise<void>;
}

/** The payload a handler receives (after validation and defaults). */
export type JobPayload<J extends JobDefinition> = z.output<J['payload']>;
/** The payload a sender gives. */
export type JobPayloadInput<J extends JobDefinition> = z.input<J['payload']>;

export interface JobSpec<Schema extends JobPayloadSchema> {
  /** Dotted, kebab-case: `<module>.<job>`, e.g. `requests.deadline-sweep`. */
  name: string;
  /** A positive integer; bump it whenever the payload or the handler's meaning changes. */
  version: number;
  payload: Schema;
  retry?: Partial<RetryPolicy>;
  expireInSeconds?: number;
  policy?: QueuePolicy;
  handler?(payload: z.output<Schema>, context: JobContext): Promise<void>;
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$/;

export function defineJob<Schema extends JobPayloadSchema>(spec: JobSpec<Schema>): JobDefinition<Schema> {
  if (!NAME.test(spec.name) || /\.v\d+$/.test(spec.name)) {
    throw new Error(`job name "${spec.name}" must be dotted kebab-case, like "requests.deadline-sweep", without a version suffix`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1) {
    throw new Error(`job ${spec.name}: version must be a positive integer, not ${spec.version}`);
  }
  const retry = { ...DEFAULT_RETRY, ...spec.retry };
  if (!Number.isInteger(retry.limit) || retry.limit < 0 || !Number.isInteger(retry.delaySeconds) || retry.delaySeconds < 0) {
    throw new Error(`job ${spec.name}: retry limit and delaySeconds must be integers >= 0`);
  }
  const expireInSeconds = spec.expireInSeconds ?? DEFAULT_EXPIRE_IN_SECONDS;
  // pg-boss refuses expirations of 24 hours or more.
  if (!Number.isInteger(expireInSeconds) || expireInSeconds < 1 || expireInSeconds >= 24 * 3600) {
    throw new Error(`job ${spec.name}: expireInSeconds must be an integer from 1 to 86399`);
  }
  const definition: JobDefinition<Schema> = {
    name: spec.name,
    version: spec.version,
    queue: `${spec.name}.v${spec.version}`,
    payload: spec.payload,
    retry,
    expireInSeconds,
    policy: spec.policy ?? 'standard',
  };
  if (spec.handler) definition.handler = spec.handler;
  return Object.freeze(definition);
}

export interface JobSchedule<J extends JobDefinition> {
  /** Five-field cron (minute granularity), e.g. `* * * * *`. */
  cron: string;
  /** IANA time zone of the cron expression; default UTC. */
  tz?: string;
  /** Payload of each scheduled job; default `{}`. */
  payload?: JobPayloadInput<J>;
}

export interface JobRegistration<J extends JobDefinition = JobDefinition> {
  job: J;
  /** Defaults to the definition's own handler. */
  handler?(payload: JobPayload<J>, context: JobContext): Promise<void>;
  /** A cron expression, or a schedule with a payload. Registered only where `work` is on. */
  schedule?: string | JobSchedule<J>;
}

/** pg-boss's names for a definition's retry and expiry settings (queue, job and schedule options). */
export function queueOptions(job: JobDefinition) {
  return {
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    expireInSeconds: job.expireInSeconds,
  };
}

/** A payload that does not match its job's schema: raised at `send`, or fails the job in the worker. */
export class InvalidJobPayload extends Error {
  constructor(
    readonly queue: string,
    readonly issues: string,
    readonly jobId: string | null = null,
  ) {
    super(`invalid payload for job ${queue}${jobId ? ` (${jobId})` : ''}: ${issues}`);
    this.name = 'InvalidJobPayload';
  }
}

export function parseJobPayload<J extends JobDefinition>(job: J, data: unknown, jobId: string | null = null): JobPayload<J> {
  const result = job.payload.safeParse(data);
  if (!result.success) throw new InvalidJobPayload(job.queue, z.prettifyError(result.error).replace(/\n/g, '; '), jobId);
  return result.data as JobPayload<J>;
}
