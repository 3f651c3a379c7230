import type { AuthorityRole } from '../../db/schema/index.js';
import { inTransaction, type UnitOfWork } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, NotFound } from '../../server/errors.js';
import { actingAuthorityOf, requireCan } from '../access/policy.js';
import { findOrCreatePendingUser, type NewAccount } from '../identity/accounts.js';
import { issueActivation } from '../identity/activation.js';
import { formatList, translate } from '../i18n/messages.js';
import { queueMail } from '../mail/outbox.js';
import { displayName } from './authority-names.js';
import { loadAuthority, withCurrentRoles, type AuthorityRecord } from './authority-store.js';
import type { AuthorityUser, Page } from './schema.js';

/**
 * The users of an authority and their roles, managed by the authority's administrators
 * and its competent coordinators. An authority never loses its last administrator.
 */

const membershipSubject = (authorityId: string, userId: string) => `${authorityId}:${userId}`;

async function loadMember(uow: UnitOfWork, authorityId: string, userId: string): Promise<AuthorityUser | null> {
  const row = await uow.trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.preferred_language', 'users.status', 'memberships.roles'])
    .where('memberships.authority_id', '=', authorityId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
  return row ? { userId: row.id, email: row.email, name: row.name, preferredLanguage: row.preferred_language, status: row.status, roles: row.roles } : null;
}

/**
 * Gives a user (found by e-mail, or created pending) roles in an authority, in the caller's
 * transaction. A pending user gets an activation mail; an active one a notice that they
 * were added. An existing account keeps its own name and language: whoever adds it does
 * not get to rename it. Shared by registration approval, direct creation and user management.
 */
export async function enrolMember(
  uow: UnitOfWork,
  ctx: AppContext,
  authority: AuthorityRecord,
  account: NewAccount,
  roles: readonly AuthorityRole[],
  by: { actorUserId: string | null; actingAuthorityId: string | null },
): Promise<AuthorityUser> {
  const user = await findOrCreatePendingUser(uow, account, by.actorUserId);
  if (user.status === 'disabled') throw new Conflict('authority-member-disabled', { email: account.email });
  const already = await uow.trx
    .selectFrom('memberships')
    .select('user_id')
    .where('authority_id', '=', authority.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (already) throw new Conflict('authority-member-exists', { email: account.email });
  await uow.trx
    .insertInto('memberships')
    .values({ user_id: user.id, authority_id: authority.id, roles: [...roles], created_at: uow.now })
    .execute();
  await uow.audit({
    actorUserId: by.actorUserId,
    actingAuthorityId: by.actingAuthorityId,
    action: 'membership.created',
    subjectType: 'membership',
    subjectId: membershipSubject(authority.id, user.id),
    after: { authorityId: authority.id, userId: user.id, roles },
  });
  const member = await loadMember(uow, authority.id, user.id);
  if (!member) throw new Error('membership just written is missing');
  const recipient = { id: member.userId, email: member.email, name: member.name, preferredLanguage: member.preferredLanguage };
  if (member.status === 'pending') {
    await issueActivation(uow, ctx, recipient);
  } else {
    await queueMail(
      uow.trx,
      {
        to: member.email,
        language: member.preferredLanguage,
        subjectKey: 'mail.authority-member-added.subject',
        bodyKey: 'mail.authority-member-added.body',
        params: {
          name: member.name,
          authority: displayName(authority.names, authority.country, member.preferredLanguage).name,
          roles: formatList(member.preferredLanguage, roles.map((r) => translate(member.preferredLanguage, `web.role.${r}`))),
          link: `${ctx.config.publicUrl}/`,
        },
      },
      uow.now,
    );
  }
  return member;
}

export async function listAuthorityUsers(
  ctx: AppContext,
  actor: Actor,
  authorityId: string,
  paging: { page: number; pageSize: number },
): Promise<Page<AuthorityUser>> {
  const authority = await loadAuthority(ctx.db, authorityId);
  requireCan(actor, 'authority.users.view', authority);
  const rows = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(({ fn }) => [
      'users.id',
      'users.email',
      'users.name',
      'users.preferred_language',
      'users.status',
      'memberships.roles',
      fn.countAll<number>().over().as('total'),
    ])
    .where('memberships.authority_id', '=', authorityId)
    .orderBy('users.name')
    .orderBy('users.id')
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  const total = rows[0]?.total ?? (paging.page > 1 ? await countMembers(ctx, authorityId) : 0);
  return {
    items: rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, preferredLanguage: r.preferred_language, status: r.status, roles: r.roles })),
    page: paging.page,
    pageSize: paging.pageSize,
    total: Number(total),
  };
}

async function countMembers(ctx: AppContext, authorityId: string): Promise<number> {
  const r = await ctx.db
    .selectFrom('memberships')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('authority_id', '=', authorityId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function addAuthorityUser(
  ctx: AppContext,
  actor: Actor,
  authorityId: string,
  input: NewAccount & { roles: AuthorityRole[] },
): Promise<AuthorityUser> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const { authority, grant } = await lockForUserManagement(uow, actor, authorityId);
      const { roles, ...account } = input;
      return enrolMember(uow, ctx, authority, account, roles, { actorUserId: actor.userId, actingAuthorityId: actingAuthorityOf(grant) });
    },
    ctx.now(),
  );
}

/**
 * Locks the authority and checks that the actor may manage its users (with the roles the
 * actor holds now, read inside the lock).
 */
async function lockForUserManagement(uow: UnitOfWork, actor: Actor, authorityId: string) {
  const authority = await loadAuthority(uow.trx, authorityId, { forUpdate: true });
  const grant = requireCan(await withCurrentRoles(uow.trx, actor, authority), 'authority.users.manage', authority);
  return { authority, grant };
}

/** The same, plus the member whose roles are about to change; 404 when not a member. */
async function lockMemberForChange(uow: UnitOfWork, actor: Actor, authorityId: string, userId: string) {
  const { grant } = await lockForUserManagement(uow, actor, authorityId);
  const before = await loadMember(uow, authorityId, userId);
  if (!before) throw new NotFound();
  return { grant, before };
}

/** Refuses a change that would leave the authority without an administrator. */
async function assertAnotherAdministrator(uow: UnitOfWork, authorityId: string, userId: string): Promise<void> {
  const others = await uow.trx
    .selectFrom('memberships')
    .select('user_id')
    .where('authority_id', '=', authorityId)
    .where('user_id', '!=', userId)
    .where((eb) => eb(eb.val('administrator'), '=', eb.fn.any('roles')))
    .limit(1)
    .execute();
  if (others.length === 0) throw new Conflict('last-administrator');
}

export async function changeAuthorityUserRoles(
  ctx: AppContext,
  actor: Actor,
  authorityId: string,
  userId: string,
  roles: AuthorityRole[],
): Promise<AuthorityUser> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const { grant, before } = await lockMemberForChange(uow, actor, authorityId, userId);
      if (before.roles.includes('administrator') && !roles.includes('administrator')) await assertAnotherAdministrator(uow, authorityId, userId);
      await uow.trx.updateTable('memberships').set({ roles: [...roles] }).where('authority_id', '=', authorityId).where('user_id', '=', userId).execute();
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: actingAuthorityOf(grant),
        action: 'membership.updated',
        subjectType: 'membership',
        subjectId: membershipSubject(authorityId, userId),
        before: { roles: before.roles },
        after: { roles },
      });
      return { ...before, roles };
    },
    ctx.now(),
  );
}

export async function removeAuthorityUser(ctx: AppContext, actor: Actor, authorityId: string, userId: string): Promise<void> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { grant, before } = await lockMemberForChange(uow, actor, authorityId, userId);
      if (before.roles.includes('administrator')) await assertAnotherAdministrator(uow, authorityId, userId);
      await uow.trx.deleteFrom('memberships').where('authority_id', '=', authorityId).where('user_id', '=', userId).execute();
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: actingAuthorityOf(grant),
        action: 'membership.deleted',
        subjectType: 'membership',
        subjectId: membershipSubject(authorityId, userId),
        before: { roles: before.roles },
      });
    },
    ctx.now(),
  );
}
