import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Unauthorized } from '../../server/errors.js';
import { displayName } from '../authorities/authority-names.js';
import { totpRequiredFor } from './country-policy.js';
import type { Me } from './schema.js';

/** The signed-in user as the web app sees them (`Me` in docs/API.md), and their profile. */

export async function loadMe(db: Kysely<Database>, userId: string): Promise<Me> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'preferred_language', 'commission_admin', 'totp_enabled_at', 'status', 'mail_notifications'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') throw new Unauthorized();
  const [memberships, coordinators, totpRequired] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('authorities', 'authorities.id', 'memberships.authority_id')
      .select(['memberships.authority_id', 'memberships.roles', 'authorities.country', 'authorities.status'])
      .where('memberships.user_id', '=', userId)
      .orderBy('memberships.created_at')
      .execute(),
    db
      .selectFrom('coordinators')
      .select(['id', 'country', 'kind', 'areas', 'regions'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    totpRequiredFor(db, userId),
  ]);
  const authorityIds = memberships.map((m) => m.authority_id);
  const names =
    authorityIds.length === 0
      ? []
      : await db.selectFrom('authority_names').select(['authority_id', 'language', 'name']).where('authority_id', 'in', authorityIds).execute();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    preferredLanguage: user.preferred_language,
    mailNotifications: user.mail_notifications,
    commissionAdmin: user.commission_admin,
    totpEnabled: user.totp_enabled_at !== null,
    totpRequired,
    memberships: memberships.map((m) => ({
      authorityId: m.authority_id,
      // The same rule as the directory and the profile: the reader's language, else the national name.
      authorityName: displayName(
        names.filter((n) => n.authority_id === m.authority_id),
        m.country,
        user.preferred_language,
      ).name,
      country: m.country,
      roles: m.roles,
      authorityStatus: m.status,
    })),
    coordinators: coordinators.map((c) => ({ id: c.id, country: c.country, kind: c.kind, areas: c.areas, regions: c.regions })),
  };
}

export interface ProfileChange {
  name?: string | undefined;
  preferredLanguage?: string | undefined;
  mailNotifications?: boolean | undefined;
}

/** Changes the user's own name, interface language, and whether they get notifications by mail. */
export async function updateProfile(ctx: AppContext, actor: Actor, change: ProfileChange): Promise<Me> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const current = await uow.trx
        .selectFrom('users')
        .select(['name', 'preferred_language', 'mail_notifications'])
        .where('id', '=', actor.userId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const before: ProfileChange = {};
      const after: ProfileChange = {};
      if (change.name !== undefined && change.name !== current.name) {
        before.name = current.name;
        after.name = change.name;
      }
      if (change.preferredLanguage !== undefined && change.preferredLanguage !== current.preferred_language) {
        before.preferredLanguage = current.preferred_language;
        after.preferredLanguage = change.preferredLanguage;
      }
      if (change.mailNotifications !== undefined && change.mailNotifications !== current.mail_notifications) {
        before.mailNotifications = current.mail_notifications;
        after.mailNotifications = change.mailNotifications;
      }
      if (Object.keys(after).length === 0) return;
      await uow.trx
        .updateTable('users')
        .set({
          ...(after.name !== undefined ? { name: after.name } : {}),
          ...(after.preferredLanguage !== undefined ? { preferred_language: after.preferredLanguage } : {}),
          ...(after.mailNotifications !== undefined ? { mail_notifications: after.mailNotifications } : {}),
          updated_at: uow.now,
        })
        .where('id', '=', actor.userId)
        .execute();
      await uow.audit({ actorUserId: actor.userId, action: 'user.profile-updated', subjectType: 'user', subjectId: actor.userId, before, after });
    },
    ctx.now(),
  );
  return loadMe(ctx.db, actor.userId);
}
