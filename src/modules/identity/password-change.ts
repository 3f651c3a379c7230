import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Invalid } from '../../server/errors.js';
import { assertNotLocked, clearThrottle, recordRefusedAttempt, throttleKey } from './login-throttle.js';
import { prepareNewPassword } from './new-password.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { endSessionsOfUser } from './session-lifecycle.js';

/**
 * A signed-in user changes their password: the current one is checked (wrong guesses
 * count towards the login throttle), the new one must meet the policy, and every other
 * session of the user ends.
 */
export async function changePassword(ctx: AppContext, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const now = ctx.now();
  const key = throttleKey(ctx.config, actor.email);
  await assertNotLocked(ctx.db, key, now);
  const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const ok = await verifyPassword(user.password_hash ?? (await dummyPasswordHash()), input.currentPassword);
  if (!ok || !user.password_hash) {
    await recordRefusedAttempt(ctx, key, { userId: actor.userId, actorUserId: actor.userId, action: 'user.password-change-refused', reason: 'wrong-password' }, now);
    throw new Invalid('current-password-wrong');
  }
  const passwordHash = await prepareNewPassword(input.newPassword, actor.email);
  await inTransaction(
    ctx.db,
    async (uow) => {
      await uow.trx.updateTable('users').set({ password_hash: passwordHash, updated_at: uow.now }).where('id', '=', actor.userId).execute();
      const ended = await endSessionsOfUser(uow.trx, actor.userId, actor.sessionTokenHash);
      await clearThrottle(uow.trx, key);
      await uow.audit({
        actorUserId: actor.userId,
        action: 'user.password-changed',
        subjectType: 'user',
        subjectId: actor.userId,
        after: { otherSessionsEnded: ended },
      });
    },
    now,
  );
}
