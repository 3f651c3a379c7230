import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { RegistrationsTable } from '../../db/schema/registrations.js';
import { inTransaction, type UnitOfWork } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, NotFound } from '../../server/errors.js';
import { mandateCovers, requireCan, visibleScope, type AuthorityScope } from '../access/policy.js';
import { visibleScopeSql } from '../access/scope-sql.js';
import { queueMail } from '../mail/outbox.js';
import { countryName } from '../reference/countries.js';
import { enrolMember } from './authority-users.js';
import { assertNoDuplicate, auditSnapshot, insertAuthority } from './authority-store.js';
import { displayName, type AuthorityName } from './authority-names.js';
import { resolveCompetences } from './competences.js';
import type { Page, RegistrationInput, RegistrationView } from './schema.js';

/**
 * An authority asks to be registered (public, no session); the competent coordinators of
 * its country see the request and approve it (the authority, its names and its first
 * administrator are created) or reject it with a reason. A registration is decided once.
 */

/** What the `authority` column keeps: the profile as submitted, apart from the scope columns. */
interface StoredProfile {
  names: AuthorityName[];
  address: string;
  contactEmail: string;
  contactPhone: string | null;
  languages: string[];
  /** Resolved against the catalogue when submitted; absent in registrations stored before the catalogue. */
  procedures?: string[];
  professions?: string[];
}

interface StoredAdministrator {
  email: string;
  name: string;
  preferredLanguage: string;
}

type RegistrationRow = Omit<RegistrationsTable, 'authority' | 'administrator'> & { authority: StoredProfile; administrator: StoredAdministrator };

function toView(row: RegistrationRow): RegistrationView {
  return {
    id: row.id,
    status: row.status,
    authority: {
      names: row.authority.names,
      country: row.country,
      region: row.region,
      address: row.authority.address,
      contactEmail: row.authority.contactEmail,
      contactPhone: row.authority.contactPhone,
      languages: row.authority.languages,
      competences: row.competences,
      procedures: row.authority.procedures ?? [],
      professions: row.authority.professions ?? [],
    },
    administrator: row.administrator,
    submittedAt: row.submitted_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    reason: row.reason,
    authorityId: row.authority_id,
  };
}

const scopeOfRow = (row: Pick<RegistrationsTable, 'country' | 'region' | 'competences'>): AuthorityScope => ({
  country: row.country,
  region: row.region,
  competences: row.competences,
});

export async function submitRegistration(ctx: AppContext, input: RegistrationInput): Promise<{ id: string; status: 'pending' }> {
  const { country, region, competences: _areas, procedures: _procedures, professions: _professions, ...profile } = input.authority;
  const { competences, procedures, professions } = resolveCompetences(ctx.catalogue.catalogue, input.authority, '/authority');
  const stored: StoredProfile = { ...profile, contactPhone: profile.contactPhone ?? null, procedures, professions };
  return inTransaction(
    ctx.db,
    async (uow) => {
      await assertNoDuplicate(uow.trx, country, profile.names);
      const id = randomUUID();
      await uow.trx
        .insertInto('registrations')
        .values({
          id,
          status: 'pending',
          country,
          region: region ?? null,
          competences: [...competences],
          authority: JSON.stringify(stored),
          administrator: JSON.stringify(input.administrator),
          submitted_at: uow.now,
          decided_at: null,
          decided_by: null,
          reason: null,
          authority_id: null,
        })
        .execute();
      await uow.audit({
        actorUserId: null,
        action: 'registration.submitted',
        subjectType: 'registration',
        subjectId: id,
        after: { country, region: region ?? null, competences, authority: stored, administrator: input.administrator },
      });
      const shownName = (lang: string) => displayName(profile.names, country, lang).name;
      await queueMail(
        uow.trx,
        {
          to: input.administrator.email,
          language: input.administrator.preferredLanguage,
          subjectKey: 'mail.registration-received.subject',
          bodyKey: 'mail.registration-received.body',
          params: { name: input.administrator.name, authority: shownName(input.administrator.preferredLanguage) },
        },
        uow.now,
      );
      await notifyCoordinators(uow, ctx, { country, region: region ?? null, competences }, id, shownName);
      return { id, status: 'pending' as const };
    },
    ctx.now(),
  );
}

/** Tells every coordinator competent for the request that it awaits their decision. */
async function notifyCoordinators(uow: UnitOfWork, ctx: AppContext, scope: AuthorityScope, registrationId: string, shownName: (lang: string) => string) {
  const mandates = await uow.trx
    .selectFrom('coordinators')
    .innerJoin('users', 'users.id', 'coordinators.user_id')
    .select(['coordinators.id', 'coordinators.country', 'coordinators.kind', 'coordinators.areas', 'coordinators.regions', 'users.email', 'users.name', 'users.preferred_language'])
    .where('coordinators.country', '=', scope.country)
    .where('users.status', '=', 'active')
    .execute();
  const notified = new Set<string>();
  for (const m of mandates) {
    if (notified.has(m.email) || !mandateCovers(m, scope)) continue;
    notified.add(m.email);
    await queueMail(
      uow.trx,
      {
        to: m.email,
        language: m.preferred_language,
        subjectKey: 'mail.registration-awaiting.subject',
        bodyKey: 'mail.registration-awaiting.body',
        params: { name: m.name, authority: shownName(m.preferred_language), country: countryName(scope.country, m.preferred_language), link: `${ctx.config.publicUrl}/coordination/registrations/${registrationId}` },
      },
      uow.now,
    );
  }
}

export async function listRegistrations(
  ctx: AppContext,
  actor: Actor,
  query: { status?: RegistrationsTable['status'] | undefined; page: number; pageSize: number },
): Promise<Page<RegistrationView>> {
  const visible = visibleScopeSql(visibleScope(actor, 'registrations'), { country: sql.ref('country'), region: sql.ref('region'), competences: sql.ref('competences') });
  let q = ctx.db
    .selectFrom('registrations')
    .selectAll()
    .select(({ fn }) => fn.countAll<number>().over().as('total'))
    .where(visible);
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    let c = ctx.db.selectFrom('registrations').select(({ fn }) => fn.countAll<number>().as('n')).where(visible);
    if (query.status) c = c.where('status', '=', query.status);
    total = (await c.executeTakeFirstOrThrow()).n;
  }
  return { items: rows.map((r) => toView(r as RegistrationRow)), page: query.page, pageSize: query.pageSize, total: Number(total) };
}

async function loadRegistration(db: UnitOfWork['trx'] | AppContext['db'], id: string, forUpdate = false): Promise<RegistrationRow> {
  let q = db.selectFrom('registrations').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new NotFound();
  return row as RegistrationRow;
}

export async function getRegistration(ctx: AppContext, actor: Actor, id: string): Promise<RegistrationView> {
  const row = await loadRegistration(ctx.db, id);
  requireCan(actor, 'registration.view', scopeOfRow(row));
  return toView(row);
}

/** Locks the registration, checks the actor may decide it, and that it is still pending (else 409). */
async function lockPendingForDecision(uow: UnitOfWork, actor: Actor, id: string): Promise<RegistrationRow> {
  const row = await loadRegistration(uow.trx, id, true);
  requireCan(actor, 'registration.decide', scopeOfRow(row));
  if (row.status !== 'pending') throw new Conflict('registration-decided', { status: row.status });
  return row;
}

/**
 * Approves a pending registration in one transaction: the authority and its names, the
 * administrator (found by e-mail or created pending, with an activation mail) with the
 * administrator role, the decision, and their audit events.
 */
export async function approveRegistration(ctx: AppContext, actor: Actor, id: string): Promise<{ authorityId: string }> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const row = await lockPendingForDecision(uow, actor, id);
      await assertNoDuplicate(uow.trx, row.country, row.authority.names, { registrationId: id });
      const authority = await insertAuthority(uow, {
        ...row.authority,
        country: row.country,
        region: row.region,
        competences: row.competences,
        procedures: row.authority.procedures ?? [],
        professions: row.authority.professions ?? [],
      });
      await uow.audit({ actorUserId: actor.userId, action: 'authority.created', subjectType: 'authority', subjectId: authority.id, after: { ...auditSnapshot(authority), registrationId: id } });
      await enrolMember(uow, ctx, authority, row.administrator, ['administrator'], { actorUserId: actor.userId, actingAuthorityId: null });
      await uow.trx
        .updateTable('registrations')
        .set({ status: 'approved', decided_at: uow.now, decided_by: actor.userId, authority_id: authority.id })
        .where('id', '=', id)
        .execute();
      await uow.audit({
        actorUserId: actor.userId,
        action: 'registration.approved',
        subjectType: 'registration',
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'approved', authorityId: authority.id },
      });
      return { authorityId: authority.id };
    },
    ctx.now(),
  );
}

/** Rejects a pending registration with a reason, which is mailed to the applicant. */
export async function rejectRegistration(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<RegistrationView> {
  return inTransaction(
    ctx.db,
    async (uow) => {
      const row = await lockPendingForDecision(uow, actor, id);
      await uow.trx.updateTable('registrations').set({ status: 'rejected', decided_at: uow.now, decided_by: actor.userId, reason }).where('id', '=', id).execute();
      await uow.audit({
        actorUserId: actor.userId,
        action: 'registration.rejected',
        subjectType: 'registration',
        subjectId: id,
        before: { status: 'pending' },
        after: { status: 'rejected', reason },
      });
      const applicant = row.administrator;
      await queueMail(
        uow.trx,
        {
          to: applicant.email,
          language: applicant.preferredLanguage,
          subjectKey: 'mail.registration-rejected.subject',
          bodyKey: 'mail.registration-rejected.body',
          params: { name: applicant.name, authority: displayName(row.authority.names, row.country, applicant.preferredLanguage).name, reason },
        },
        uow.now,
      );
      return toView({ ...row, status: 'rejected', decided_at: uow.now, decided_by: actor.userId, reason });
    },
    ctx.now(),
  );
}
