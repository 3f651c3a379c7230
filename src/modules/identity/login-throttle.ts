import { createHmac } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import type { Config } from '../../server/config.js';
import type { AppContext } from '../../server/context.js';
import { TooManyRequests } from '../../server/errors.js';

/**
 * Login throttling per e-mail address typed, whether an account has it or not, so that
 * the lock itself tells nothing about who is registered. The key is an HMAC of the
 * lower-cased address: the table holds no address in clear.
 *
 * `loginMaxFailures` failures within the window lock the key for `loginLockMinutes`;
 * a success clears it. Wrong second factors and wrong current passwords count too.
 */
export const THROTTLE_WINDOW_MINUTES = 15;

export function throttleKey(config: Config, email: string): string {
  return createHmac('sha256', config.sessionSecret).update(`login-throttle\u0000${email.trim().toLowerCase()}`).digest('hex');
}

/** The pool or a transaction (a Transaction is a Kysely). */
type Db = Kysely<Database>;

/** Throws 429 `login-locked` (with Retry-After) while the key is locked. */
export async function assertNotLocked(db: Db, key: string, now: Date): Promise<void> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('email_key', '=', key).executeTakeFirst();
  if (row?.locked_until && row.locked_until > now) {
    const seconds = Math.max(1, Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000));
    throw new TooManyRequests('login-locked', { minutes: Math.ceil(seconds / 60) }, seconds);
  }
}

/**
 * Counts one failure in a single statement (safe under concurrent attempts). A window
 * that has passed, or a lock that has expired, starts the count again.
 */
export async function recordFailure(trx: Transaction<Database>, config: Config, key: string, now: Date): Promise<{ failures: number; locked: boolean }> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const lockUntil = new Date(now.getTime() + config.loginLockMinutes * 60_000);
  const max = config.loginMaxFailures;
  const fresh = sql<boolean>`(login_throttle.first_failure_at <= ${windowStart}::timestamptz
    OR (login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= ${now}::timestamptz))`;
  const count = sql<number>`(CASE WHEN ${fresh} THEN 1 ELSE login_throttle.failures + 1 END)`;
  const result = await sql<{ failures: number; locked_until: Date | null }>`
    INSERT INTO login_throttle (email_key, failures, first_failure_at, locked_until)
    VALUES (${key}, 1, ${now}::timestamptz, CASE WHEN 1 >= ${max}::int THEN ${lockUntil}::timestamptz END)
    ON CONFLICT (email_key) DO UPDATE SET
      failures = ${count},
      first_failure_at = CASE WHEN ${fresh} THEN ${now}::timestamptz ELSE login_throttle.first_failure_at END,
      locked_until = CASE WHEN ${count} >= ${max}::int THEN ${lockUntil}::timestamptz ELSE NULL END
    RETURNING failures, locked_until`.execute(trx);
  const row = result.rows[0];
  return { failures: row?.failures ?? 1, locked: Boolean(row?.locked_until) };
}

export async function clearThrottle(trx: Transaction<Database>, key: string): Promise<void> {
  await trx.deleteFrom('login_throttle').where('email_key', '=', key).execute();
}

export interface RefusedAttempt {
  /** The account concerned, or null when the e-mail typed belongs to no account. */
  userId: string | null;
  /** Who acted: the signed-in user, or null for an attempt to sign in. */
  actorUserId: string | null;
  /** Audit action, e.g. `session.login-failed`. */
  action: string;
  reason: string;
}

/**
 * Counts a refused attempt and records it in the audit log, in its own transaction (the
 * caller then answers with an error). An unknown e-mail is recorded by its throttle key,
 * never in clear: people sometimes type their password into the e-mail field.
 */
export async function recordRefusedAttempt(ctx: AppContext, key: string, attempt: RefusedAttempt, now: Date): Promise<void> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { failures, locked } = await recordFailure(uow.trx, ctx.config, key, uow.now);
      await uow.audit({
        actorUserId: attempt.actorUserId,
        action: attempt.action,
        subjectType: attempt.userId ? 'user' : 'login-key',
        subjectId: attempt.userId ?? key,
        after: { reason: attempt.reason, failures, locked },
      });
    },
    now,
  );
}
