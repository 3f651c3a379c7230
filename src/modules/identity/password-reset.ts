import { inTransaction } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { Invalid } from '../../server/errors.js';
import { queueMail } from '../mail/outbox.js';
import { clearThrottle, throttleKey } from './login-throttle.js';
import { prepareNewPassword } from './new-password.js';
import { endSessionsOfUser } from './session-lifecycle.js';
import { findUsableToken, issueToken, spendToken } from './user-tokens.js';

/**
 * Forgotten passwords. Asking always gets the same answer; only an active account gets
 * a mail, with a single-use link valid for an hour. Completing sets the password, ends
 * every session of the account and lifts a login lock on it.
 */
export const RESET_VALID_MINUTES = 60;

export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'preferred_language'])
    .where('email', '=', email.trim())
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!user) return;
  await inTransaction(
    ctx.db,
    async (uow) => {
      const token = await issueToken(uow.trx, user.id, 'reset', RESET_VALID_MINUTES * 60_000, uow.now);
      await queueMail(
        uow.trx,
        {
          to: user.email,
          language: user.preferred_language,
          subjectKey: 'mail.reset.subject',
          bodyKey: 'mail.reset.body',
          params: { name: user.name, link: `${ctx.config.publicUrl}/reset-password?token=${token}`, minutes: RESET_VALID_MINUTES },
        },
        uow.now,
      );
      await uow.audit({ actorUserId: null, action: 'user.password-reset-requested', subjectType: 'user', subjectId: user.id });
    },
    ctx.now(),
  );
}

export async function completePasswordReset(ctx: AppContext, input: { token: string; password: string }): Promise<void> {
  const now = ctx.now();
  const holder = await findUsableToken(ctx.db, input.token, 'reset', now);
  if (holder.status !== 'active') throw new Invalid('token-invalid');
  const passwordHash = await prepareNewPassword(input.password, holder.email);
  await inTransaction(
    ctx.db,
    async (uow) => {
      await spendToken(uow.trx, holder.tokenHash, uow.now);
      await uow.trx.updateTable('users').set({ password_hash: passwordHash, updated_at: uow.now }).where('id', '=', holder.userId).execute();
      const ended = await endSessionsOfUser(uow.trx, holder.userId);
      await clearThrottle(uow.trx, throttleKey(ctx.config, holder.email));
      await uow.audit({ actorUserId: holder.userId, action: 'user.password-reset', subjectType: 'user', subjectId: holder.userId, after: { sessionsEnded: ended } });
    },
    now,
  );
}
