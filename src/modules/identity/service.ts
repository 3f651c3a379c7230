import { inTransaction } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { Unauthorized } from '../../server/errors.js';
import { totpRequiredFor } from './country-policy.js';
import { assertNotLocked, clearThrottle, recordRefusedAttempt, throttleKey } from './login-throttle.js';
import { loadMe } from './me.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { consumeRecoveryCode } from './recovery-codes.js';
import type { Me } from './schema.js';
import { endSession, openSession, type OpenedSession, type SessionClient, type SessionStage } from './session-lifecycle.js';
import type { SessionRow } from './session-store.js';
import { consumeTotpCode } from './totp.js';

/**
 * Signing in and out. Every wrong answer gives the same 401 `invalid-credentials`,
 * whether the e-mail exists, the account is pending or disabled, or the password or the
 * code given with it is wrong; each counts towards the throttle of the e-mail typed.
 */
export interface SignInResult {
  session: OpenedSession;
  me?: Me;
}

type FailureReason = 'unknown-account' | 'inactive-account' | 'wrong-password' | 'wrong-second-factor';

function refuse(ctx: AppContext, key: string, userId: string | null, reason: FailureReason, now: Date): Promise<void> {
  return recordRefusedAttempt(ctx, key, { userId, actorUserId: null, action: 'session.login-failed', reason }, now);
}

export interface SignInInput {
  email: string;
  password: string;
  totp?: string | undefined;
  client: SessionClient;
  /** The caller's current session, if any: it is replaced. */
  previousSession: SessionRow | null;
}

export async function signIn(ctx: AppContext, input: SignInInput): Promise<SignInResult> {
  const now = ctx.now();
  const key = throttleKey(ctx.config, input.email);
  await assertNotLocked(ctx.db, key, now);

  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'status', 'password_hash', 'totp_enabled_at'])
    .where('email', '=', input.email.trim())
    .executeTakeFirst();
  const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.password_hash || !passwordOk || user.status !== 'active') {
    const reason: FailureReason = !user ? 'unknown-account' : passwordOk && user.password_hash ? 'inactive-account' : 'wrong-password';
    await refuse(ctx, key, user?.id ?? null, reason, now);
    throw new Unauthorized('invalid-credentials');
  }

  let stage: SessionStage;
  if (user.totp_enabled_at) stage = input.totp ? 'full' : 'totp';
  else stage = (await totpRequiredFor(ctx.db, user.id)) ? 'totp-enrol' : 'full';

  const session = await inTransaction(
    ctx.db,
    async (uow) => {
      if (user.totp_enabled_at && input.totp && !(await consumeTotpCode(uow.trx, ctx.config, user.id, input.totp, uow.now))) return null;
      await clearThrottle(uow.trx, key);
      const opened = await openSession(
        uow.trx,
        ctx.config,
        { userId: user.id, stage, client: input.client, replaces: input.previousSession?.tokenHash ?? null },
        uow.now,
      );
      await uow.audit({
        actorUserId: user.id,
        action: 'session.login',
        subjectType: 'user',
        subjectId: user.id,
        after: { stage, secondFactor: stage === 'full' && user.totp_enabled_at ? 'totp' : null },
      });
      return opened;
    },
    now,
  );
  if (!session) {
    await refuse(ctx, key, user.id, 'wrong-second-factor', now);
    throw new Unauthorized('invalid-credentials');
  }
  return stage === 'full' ? { session, me: await loadMe(ctx.db, user.id) } : { session };
}

export type SecondFactor = { totp: string } | { recoveryCode: string };

/** Completes a sign-in waiting for its second factor: a TOTP code or one recovery code. */
export async function completeSecondFactor(
  ctx: AppContext,
  current: SessionRow | null,
  factor: SecondFactor,
  client: SessionClient,
): Promise<{ session: OpenedSession; me: Me }> {
  if (!current || current.stage !== 'totp') throw new Unauthorized();
  const now = ctx.now();
  const user = await ctx.db.selectFrom('users').select(['id', 'email']).where('id', '=', current.userId).executeTakeFirstOrThrow();
  const key = throttleKey(ctx.config, user.email);
  await assertNotLocked(ctx.db, key, now);
  const method = 'totp' in factor ? 'totp' : 'recovery-code';

  const session = await inTransaction(
    ctx.db,
    async (uow) => {
      const ok =
        'totp' in factor
          ? await consumeTotpCode(uow.trx, ctx.config, user.id, factor.totp, uow.now)
          : await consumeRecoveryCode(uow.trx, user.id, factor.recoveryCode, uow.now);
      if (!ok) return null;
      await clearThrottle(uow.trx, key);
      const opened = await openSession(uow.trx, ctx.config, { userId: user.id, stage: 'full', client, replaces: current.tokenHash }, uow.now);
      await uow.audit({ actorUserId: user.id, action: 'session.second-factor', subjectType: 'user', subjectId: user.id, after: { method } });
      return opened;
    },
    now,
  );
  if (!session) {
    await refuse(ctx, key, user.id, 'wrong-second-factor', now);
    throw new Unauthorized('second-factor-invalid');
  }
  return { session, me: await loadMe(ctx.db, user.id) };
}

/** Ends the caller's session, whatever its stage. Signing out twice is not an error. */
export async function signOut(ctx: AppContext, current: SessionRow | null): Promise<void> {
  if (!current) return;
  await inTransaction(
    ctx.db,
    async (uow) => {
      await endSession(uow.trx, current.tokenHash);
      await uow.audit({ actorUserId: current.userId, action: 'session.logout', subjectType: 'user', subjectId: current.userId });
    },
    ctx.now(),
  );
}
