import type { UnitOfWork } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { queueMail } from '../mail/outbox.js';
import { issueToken } from './user-tokens.js';

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
  const token = await issueToken(uow.trx, user.id, 'activate', ACTIVATION_VALID_DAYS * 86_400_000, uow.now);
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
