import path from 'node:path';
import { z } from 'zod';

/**
 * The one configuration object, built once at start-up from the environment.
 * Every variable is documented in README.md.
 */
const INSECURE_SECRET = 'openimi-development-secret-change-me-0000000000';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').default(INSECURE_SECRET),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('OpenIMI <no-reply@openimi.localhost>'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRAINING: z.enum(['true', 'false']).default('false'),
  CATALOGUE_DIR: z.string().optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  ATTACHMENT_STORE: z.enum(['local', 's3']).default('local'),
  ATTACHMENT_DIR: z.string().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  CLAMD_HOST: z.string().optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMD_SOCKET: z.string().optional(),
  CLAMD_TIMEOUT_MS: z.coerce.number().int().positive().default(30000),
  JOBS: z.enum(['on', 'off']).default('on'),
  REMINDER_HOURS_BEFORE: z.coerce.number().int().min(1).max(720).default(24),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  logLevel: string;
  training: boolean;
  /** The procedure catalogue folder; unset: the shipped catalogue/. */
  catalogueDir: string | undefined;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Secure cookies: on when the public URL is https. */
  secureCookies: boolean;
  attachments: {
    maxBytes: number;
    /** Where attachment content is kept, addressed by its SHA-256. */
    store: { kind: 'local'; dir: string } | { kind: 's3'; endpoint: string | undefined; region: string; bucket: string; accessKeyId: string | undefined; secretAccessKey: string | undefined; forcePathStyle: boolean };
    /** The ClamAV daemon to scan uploads with; unset: uploads are not scanned. */
    clamd: { host: string; port: number; timeoutMs: number } | { socket: string; timeoutMs: number } | undefined;
  };
  /** Background jobs (pg-boss): deadline reminders and overdue flags. Off: this instance runs none. */
  jobs: boolean;
  /** How long before a deadline its reminder goes out. */
  reminderHoursBefore: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const publicUrl = (overrides.publicUrl ?? e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const config: Config = {
    env: e.NODE_ENV,
    host: e.HOST,
    port,
    publicUrl,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: path.resolve(e.DATA_DIR),
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    training: e.TRAINING === 'true',
    catalogueDir: e.CATALOGUE_DIR ? path.resolve(e.CATALOGUE_DIR) : undefined,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    secureCookies: publicUrl.startsWith('https://'),
    attachments: {
      maxBytes: Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024),
      store:
        e.ATTACHMENT_STORE === 's3'
          ? {
              kind: 's3',
              endpoint: e.S3_ENDPOINT,
              region: e.S3_REGION,
              bucket: e.S3_BUCKET ?? '',
              accessKeyId: e.S3_ACCESS_KEY_ID,
              secretAccessKey: e.S3_SECRET_ACCESS_KEY,
              forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
            }
          : { kind: 'local', dir: path.resolve(e.ATTACHMENT_DIR ?? path.join(e.DATA_DIR, 'attachments')) },
      clamd: e.CLAMD_SOCKET
        ? { socket: e.CLAMD_SOCKET, timeoutMs: e.CLAMD_TIMEOUT_MS }
        : e.CLAMD_HOST
          ? { host: e.CLAMD_HOST, port: e.CLAMD_PORT, timeoutMs: e.CLAMD_TIMEOUT_MS }
          : undefined,
    },
    jobs: e.JOBS === 'on',
    reminderHoursBefore: e.REMINDER_HOURS_BEFORE,
    ...overrides,
  };
  if (config.attachments.store.kind === 's3' && !config.attachments.store.bucket) {
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when ATTACHMENT_STORE=s3');
  }
  if (config.env === 'production') {
    if (config.sessionSecret === INSECURE_SECRET) {
      throw new ConfigError(
        'Refusing to start in production with the default SESSION_SECRET. ' +
          'Set SESSION_SECRET to a random value of at least 32 characters, e.g. `openssl rand -base64 48`.',
      );
    }
    if (config.training) {
      // A training environment is allowed in production mode: it only never sends real mail.
    }
  }
  return config;
}
