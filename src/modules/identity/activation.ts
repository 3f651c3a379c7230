import type { UnitOfWork } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { queueMail } from '../mail/outbox.js';
import { hashToken, newToken } from './session-store.js';

export const ACTIVATION_VALID_DAYS = 7;

/**
 * Issues a single-use activation token and queues the e-mail with its link, in the
 * caller's transaction. Earlier unused activation tokens of the user stop working.
 */
export async function issueActivation(
  uow: UnitOfWork,
  ctx: AppContext,
  user: { id: string; email: string; name: string; preferredLanguage: string },
): Promise<void> {
  const token = newToken();
  await uow.trx
    .updateTable('user_tokens')
    .set({ used_at: uow.now })
    .where('user_id', '=', user.id)
    .where('purpose', '=', 'activate')
    .where('used_at', 'is', null)
    .execute();
  await uow.trx
    .insertInto('user_tokens')
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      purpose: 'activate',
      created_at: uow.now,
      expires_at: new Date(uow.now.getTime() + ACTIVATION_VALID_DAYS * 86_400_000),
      used_at: null,
    })
    .execute();
  await queueMail(
    uow.trx,
    {
      to: user.email,
      language: user.preferredLanguage,
      subjectKey: 'mail.activation.subject',
      bodyKey: 'mail.activation.body',
      params: { name: user.name, link: `${ctx.config.publicUrl}/activate?token=${token}`, days: ACTIVATION_VALID_DAYS },
    },
    uow.now,
  );
  await uow.audit({ actorUserId: null, action: 'user.activation-issued', subjectType: 'user', subjectId: user.id });
}
