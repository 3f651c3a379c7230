import { inTransaction, type UnitOfWork } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, Invalid, Unauthorized } from '../../server/errors.js';
import { totpRequiredFor } from './country-policy.js';
import { assertNotLocked, clearThrottle, recordRefusedAttempt, throttleKey } from './login-throttle.js';
import { consumeRecoveryCode, deleteRecoveryCodes, replaceRecoveryCodes } from './recovery-codes.js';
import { endSessionsOfUser, openSession, type OpenedSession, type SessionClient } from './session-lifecycle.js';
import type { SessionRow } from './session-store.js';
import { checkTotpCode, consumeTotpCode, describeEnrolment, looksLikeTotpCode, newTotpSecret, readTotp, sealTotp, type TotpEnrolment } from './totp.js';

/**
 * Enrolling, disabling and renewing TOTP. Setup and enable also work in a `totp-enrol`
 * session (the country requires TOTP and the user has none yet); enabling there upgrades
 * the session to `full` with a new token.
 */
async function enrollingUser(ctx: AppContext, session: SessionRow | null) {
  if (!session || (session.stage !== 'full' && session.stage !== 'totp-enrol')) throw new Unauthorized();
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'totp_secret', 'totp_enabled_at'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow();
  if (user.totp_enabled_at) throw new Conflict('totp-already-enabled');
  return { user, session };
}

/** Starts (or restarts) enrolment: a new secret, kept sealed until a first code confirms it. */
export async function setupTotp(ctx: AppContext, session: SessionRow | null): Promise<TotpEnrolment> {
  const { user } = await enrollingUser(ctx, session);
  const secret = newTotpSecret();
  await inTransaction(
    ctx.db,
    async (uow) => {
      await uow.trx
        .updateTable('users')
        .set({ totp_secret: sealTotp(ctx.config, user.id, { secret, lastStep: null }), totp_enabled_at: null, updated_at: uow.now })
        .where('id', '=', user.id)
        .where('totp_enabled_at', 'is', null)
        .execute();
      await uow.audit({ actorUserId: user.id, action: 'user.totp-setup-started', subjectType: 'user', subjectId: user.id });
    },
    ctx.now(),
  );
  return describeEnrolment(ctx.config, user.email, secret);
}

/** Confirms enrolment with a first code; returns the recovery codes, and a full session when enrolling was the last sign-in step. */
export async function enableTotp(
  ctx: AppContext,
  session: SessionRow | null,
  code: string,
  client: SessionClient,
): Promise<{ recoveryCodes: string[]; session: OpenedSession | null }> {
  const { user, session: current } = await enrollingUser(ctx, session);
  if (!user.totp_secret) throw new Conflict('totp-setup-missing');
  const sealed = user.totp_secret;
  const now = ctx.now();
  const key = throttleKey(ctx.config, user.email);
  await assertNotLocked(ctx.db, key, now);

  const result = await inTransaction(
    ctx.db,
    async (uow) => {
      const pending = readTotp(ctx.config, user.id, sealed);
      if (!pending) throw new Conflict('totp-setup-missing'); // sealed under an earlier SESSION_SECRET: start again
      const { secret } = pending;
      const step = await checkTotpCode(secret, code, uow.now, null);
      if (step === null) return null;
      const updated = await uow.trx
        .updateTable('users')
        .set({ totp_secret: sealTotp(ctx.config, user.id, { secret, lastStep: step }), totp_enabled_at: uow.now, updated_at: uow.now })
        .where('id', '=', user.id)
        .where('totp_secret', '=', sealed)
        .where('totp_enabled_at', 'is', null)
        .executeTakeFirst();
      // Another request restarted or finished the enrolment meanwhile.
      if (Number(updated.numUpdatedRows) === 0) throw new Conflict();
      const recoveryCodes = await replaceRecoveryCodes(uow.trx, user.id);
      await clearThrottle(uow.trx, key);
      const upgraded =
        current.stage === 'totp-enrol'
          ? await openSession(uow.trx, ctx.config, { userId: user.id, stage: 'full', client, replaces: current.tokenHash }, uow.now)
          : null;
      await uow.audit({
        actorUserId: user.id,
        action: 'user.totp-enabled',
        subjectType: 'user',
        subjectId: user.id,
        after: { totpEnabled: true, sessionUpgraded: upgraded !== null },
      });
      return { recoveryCodes, session: upgraded };
    },
    now,
  );
  if (!result) {
    await recordRefusedAttempt(ctx, key, { userId: user.id, actorUserId: user.id, action: 'user.totp-code-refused', reason: 'wrong-code' }, now);
    throw new Invalid('totp-code-invalid');
  }
  return result;
}

/**
 * Runs `work` once the signed-in user has proved possession of their second factor with
 * a current TOTP code or an unused recovery code (which is then spent).
 */
async function withSecondFactor<T>(ctx: AppContext, actor: Actor, code: string, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const now = ctx.now();
  const key = throttleKey(ctx.config, actor.email);
  await assertNotLocked(ctx.db, key, now);
  const result = await inTransaction(
    ctx.db,
    async (uow) => {
      const ok = looksLikeTotpCode(code)
        ? await consumeTotpCode(uow.trx, ctx.config, actor.userId, code, uow.now)
        : await consumeRecoveryCode(uow.trx, actor.userId, code, uow.now);
      if (!ok) return { ok: false as const };
      await clearThrottle(uow.trx, key);
      return { ok: true as const, value: await work(uow) };
    },
    now,
  );
  if (!result.ok) {
    await recordRefusedAttempt(ctx, key, { userId: actor.userId, actorUserId: actor.userId, action: 'user.totp-code-refused', reason: 'wrong-code' }, now);
    throw new Invalid('totp-code-invalid');
  }
  return result.value;
}

async function assertTotpEnabled(ctx: AppContext, actor: Actor): Promise<void> {
  const user = await ctx.db.selectFrom('users').select('totp_enabled_at').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!user.totp_enabled_at) throw new Conflict('totp-not-enabled');
}

export async function disableTotp(ctx: AppContext, actor: Actor, code: string): Promise<void> {
  await assertTotpEnabled(ctx, actor);
  if (await totpRequiredFor(ctx.db, actor.userId)) throw new Conflict('totp-required-by-country');
  await withSecondFactor(ctx, actor, code, async (uow) => {
    await uow.trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, updated_at: uow.now }).where('id', '=', actor.userId).execute();
    await deleteRecoveryCodes(uow.trx, actor.userId);
    await uow.audit({ actorUserId: actor.userId, action: 'user.totp-disabled', subjectType: 'user', subjectId: actor.userId, after: { totpEnabled: false } });
  });
}

/**
 * Replaces the authenticator app (a lost or new phone): proved with a current code or a
 * recovery code, the old secret and recovery codes are removed, every session of the user
 * ends, and the caller gets a `totp-enrol` session in which the only way on is to enrol the
 * new app. Works where a country makes TOTP mandatory, since there is never a moment with
 * a full session and no second factor.
 */
export async function replaceTotp(ctx: AppContext, actor: Actor, code: string, client: SessionClient): Promise<OpenedSession> {
  await assertTotpEnabled(ctx, actor);
  return withSecondFactor(ctx, actor, code, async (uow) => {
    await uow.trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, updated_at: uow.now }).where('id', '=', actor.userId).execute();
    await deleteRecoveryCodes(uow.trx, actor.userId);
    await endSessionsOfUser(uow.trx, actor.userId);
    await uow.audit({ actorUserId: actor.userId, action: 'user.totp-replace-started', subjectType: 'user', subjectId: actor.userId, after: { totpEnabled: false } });
    return openSession(uow.trx, ctx.config, { userId: actor.userId, stage: 'totp-enrol', client }, uow.now);
  });
}

/** A new set of recovery codes; the old ones stop working. */
export async function renewRecoveryCodes(ctx: AppContext, actor: Actor, code: string): Promise<string[]> {
  await assertTotpEnabled(ctx, actor);
  return withSecondFactor(ctx, actor, code, async (uow) => {
    const codes = await replaceRecoveryCodes(uow.trx, actor.userId);
    await uow.audit({ actorUserId: actor.userId, action: 'user.recovery-codes-renewed', subjectType: 'user', subjectId: actor.userId });
    return codes;
  });
}
