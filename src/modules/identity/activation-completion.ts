import { inTransaction } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { Invalid } from '../../server/errors.js';
import { prepareNewPassword } from './new-password.js';
import { findUsableToken, spendToken } from './user-tokens.js';

/**
 * A new user follows the activation link (activation.ts issues it), chooses a password
 * and the pending account becomes active. They then sign in as usual.
 */
export async function completeActivation(ctx: AppContext, input: { token: string; password: string }): Promise<void> {
  const now = ctx.now();
  const holder = await findUsableToken(ctx.db, input.token, 'activate', now);
  if (holder.status !== 'pending') throw new Invalid('token-invalid');
  const passwordHash = await prepareNewPassword(input.password, holder.email);
  await inTransaction(
    ctx.db,
    async (uow) => {
      await spendToken(uow.trx, holder.tokenHash, uow.now);
      const activated = await uow.trx
        .updateTable('users')
        .set({ password_hash: passwordHash, status: 'active', updated_at: uow.now })
        .where('id', '=', holder.userId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(activated.numUpdatedRows) === 0) throw new Invalid('token-invalid');
      await uow.audit({
        actorUserId: holder.userId,
        action: 'user.activated',
        subjectType: 'user',
        subjectId: holder.userId,
        before: { status: 'pending' },
        after: { status: 'active' },
      });
    },
    now,
  );
}
