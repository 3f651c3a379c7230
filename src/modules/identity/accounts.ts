import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../db/transaction.js';

export interface NewAccount {
  email: string;
  name: string;
  preferredLanguage: string;
}

/**
 * Finds the user with this e-mail or creates a pending one (no password until activation).
 * Used by registration approval and by authority administrators adding users.
 */
export async function findOrCreatePendingUser(uow: UnitOfWork, input: NewAccount, actorUserId: string | null): Promise<{ id: string; created: boolean; status: string }> {
  const existing = await uow.trx.selectFrom('users').select(['id', 'status']).where('email', '=', input.email).executeTakeFirst();
  if (existing) return { id: existing.id, created: false, status: existing.status };
  const id = randomUUID();
  await uow.trx
    .insertInto('users')
    .values({
      id,
      email: input.email,
      name: input.name,
      preferred_language: input.preferredLanguage,
      password_hash: null,
      status: 'pending',
      totp_secret: null,
      totp_enabled_at: null,
      commission_admin: false,
      created_at: uow.now,
      updated_at: uow.now,
    })
    .execute();
  await uow.audit({
    actorUserId,
    action: 'user.created',
    subjectType: 'user',
    subjectId: id,
    after: { email: input.email, name: input.name, preferredLanguage: input.preferredLanguage, status: 'pending' },
  });
  return { id, created: true, status: 'pending' };
}
