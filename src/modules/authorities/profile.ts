import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict } from '../../server/errors.js';
import { actingAuthorityOf, can, requireCan, type AuthorityResource, type AuthorityScope } from '../access/policy.js';
import { enrolMember } from './authority-users.js';
import { assertNoDuplicate, auditSnapshot, insertAuthority, loadAuthority, replaceNames, toProfile, withCurrentRoles, type AuthorityRecord } from './authority-store.js';
import { resolveCompetences } from './competences.js';
import type { AuthorityPatch, AuthorityPermissions, AuthorityProfileView, RegistrationInput } from './schema.js';

/** An authority's profile: read it, create one directly, update it, suspend and reinstate it. */

export function scopeOf(input: { country: string; region?: string | null; competences: readonly string[] }): AuthorityScope {
  return { country: input.country, region: input.region ?? null, competences: input.competences };
}

/**
 * What the actor may do with the authority: the same rules, through the same functions,
 * as the use cases below and those of authority-users.ts check before they write.
 */
export function permissionsFor(actor: Actor, authority: AuthorityResource): AuthorityPermissions {
  return {
    update: can(actor, 'authority.update', authority),
    // Competent for the authority as it is; the scope it would move to is checked when saving.
    rescope: can(actor, 'authority.rescope', { authority, to: scopeOf(authority) }),
    suspend: can(actor, authority.status === 'active' ? 'authority.suspend' : 'authority.reinstate', authority),
    manageUsers: can(actor, 'authority.users.manage', authority),
  };
}

/** The profile in the reader's language, with what this actor may do with it. */
function viewOf(record: AuthorityRecord, actor: Actor, lang: string): AuthorityProfileView {
  return { ...toProfile(record, lang), permissions: permissionsFor(actor, record) };
}

export async function getAuthorityProfile(ctx: AppContext, actor: Actor, id: string, lang: string): Promise<AuthorityProfileView> {
  const authority = await loadAuthority(ctx.db, id);
  requireCan(actor, 'authority.view', authority);
  return viewOf(authority, actor, lang);
}

/** A competent coordinator registers an authority without a request: the authority and its first administrator. */
export async function createAuthority(ctx: AppContext, actor: Actor, input: RegistrationInput, lang: string): Promise<AuthorityProfileView> {
  const resolved = resolveCompetences(ctx.catalogue.catalogue, input.authority, '/authority');
  requireCan(actor, 'authority.create', scopeOf({ ...input.authority, competences: resolved.competences }));
  return inTransaction(
    ctx.db,
    async (uow) => {
      await assertNoDuplicate(uow.trx, input.authority.country, input.authority.names);
      const authority = await insertAuthority(uow, { ...input.authority, ...resolved });
      await uow.audit({ actorUserId: actor.userId, action: 'authority.created', subjectType: 'authority', subjectId: authority.id, after: auditSnapshot(authority) });
      await enrolMember(uow, ctx, authority, input.administrator, ['administrator'], { actorUserId: actor.userId, actingAuthorityId: null });
      return viewOf(authority, await withCurrentRoles(uow.trx, actor, authority), lang);
    },
    ctx.now(),
  );
}

/**
 * Profile update by the authority's administrator or a competent coordinator. Changing the
 * region or the competences changes which coordinators are competent, so only a
 * coordinator competent both before and after may do it.
 */
export async function updateAuthority(ctx: AppContext, actor: Actor, id: string, patch: AuthorityPatch, lang: string): Promise<AuthorityProfileView> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const before = await loadAuthority(uow.trx, id, { forUpdate: true });
      const current = await withCurrentRoles(uow.trx, actor, before);
      const grant = requireCan(current, 'authority.update', before);
      const resolved = resolveCompetences(ctx.catalogue.catalogue, {
        competences: patch.competences ?? before.competences,
        procedures: patch.procedures ?? before.procedures,
        professions: patch.professions ?? before.professions,
      }, '', before);
      const to = scopeOf({ country: before.country, region: patch.region !== undefined ? patch.region : before.region, competences: resolved.competences });
      const rescoped = to.region !== before.region || !sameSet(to.competences, before.competences);
      if (rescoped) requireCan(actor, 'authority.rescope', { authority: before, to });
      if (patch.names) {
        await assertNoDuplicate(uow.trx, before.country, patch.names, { authorityId: id });
        await replaceNames(uow, id, patch.names);
      }
      await uow.trx
        .updateTable('authorities')
        .set({
          region: to.region,
          competences: resolved.competences,
          procedures: resolved.procedures,
          professions: resolved.professions,
          ...(patch.address !== undefined ? { address: patch.address } : {}),
          ...(patch.contactEmail !== undefined ? { contact_email: patch.contactEmail } : {}),
          ...(patch.contactPhone !== undefined ? { contact_phone: patch.contactPhone } : {}),
          ...(patch.languages !== undefined ? { languages: [...patch.languages] } : {}),
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .execute();
      const after = await loadAuthority(uow.trx, id);
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: actingAuthorityOf(grant),
        action: 'authority.updated',
        subjectType: 'authority',
        subjectId: id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return viewOf(after, current, lang);
    },
    ctx.now(),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export async function suspendAuthority(ctx: AppContext, actor: Actor, id: string, reason: string, lang: string): Promise<AuthorityProfileView> {
  return setStatus(ctx, actor, id, 'suspended', reason, lang);
}

export async function reinstateAuthority(ctx: AppContext, actor: Actor, id: string, reason: string | undefined, lang: string): Promise<AuthorityProfileView> {
  return setStatus(ctx, actor, id, 'active', reason, lang);
}

async function setStatus(ctx: AppContext, actor: Actor, id: string, status: 'active' | 'suspended', reason: string | undefined, lang: string): Promise<AuthorityProfileView> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const before = await loadAuthority(uow.trx, id, { forUpdate: true });
      requireCan(actor, status === 'suspended' ? 'authority.suspend' : 'authority.reinstate', before);
      if (before.status === status) throw status === 'suspended' ? new Conflict('authority-already-suspended') : new Conflict('authority-not-suspended');
      await uow.trx.updateTable('authorities').set({ status, updated_at: uow.now }).where('id', '=', id).execute();
      await uow.audit({
        actorUserId: actor.userId,
        action: status === 'suspended' ? 'authority.suspended' : 'authority.reinstated',
        subjectType: 'authority',
        subjectId: id,
        before: { status: before.status },
        after: { status, reason: reason ?? null },
      });
      return viewOf({ ...before, status }, await withCurrentRoles(uow.trx, actor, { ...before, status }), lang);
    },
    ctx.now(),
  );
}
