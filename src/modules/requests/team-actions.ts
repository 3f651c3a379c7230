import { claimIdempotency, completeIdempotency } from '../../db/idempotency.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, Forbidden, Invalid } from '../../server/errors.js';
import type { Side, Standing } from './access.js';
import { mayAdjustDeadlines, mayComment } from './capabilities.js';
import { endOfDate } from './deadlines.js';
import { notify } from './notify.js';
import { expectVersion, openRequest } from './open.js';
import type { RequestDetail } from './schema.js';
import { appendEvent, type RequestRow } from './store.js';
import { getRequest } from './service.js';

/**
 * What the people around a request do besides the workflow: comment, allocate it to a handler
 * of their authority, move a deadline with a reason. Same shape as the workflow's use cases:
 * standing first, one transaction with its timeline entry and audit event.
 */
const other = (side: Side): Side => (side === 'requester' ? 'receiver' : 'requester');
const authorityOf = (row: RequestRow, side: Side) => (side === 'requester' ? row.requester_authority : row.receiver_authority);

function actingSide(standing: Standing, row: RequestRow): Side {
  // A member of both authorities (rare: a shared service) speaks for the side that has to act now.
  const preferred: Side = row.state === 'sent' || row.state === 'accepted' || row.state === 'awaiting-reassignment' ? 'receiver' : 'requester';
  if (standing.actsFor.includes(preferred)) return preferred;
  const side = standing.actsFor[0];
  if (!side) throw new Forbidden('request-read-only');
  return side;
}

export async function commentOnRequest(ctx: AppContext, actor: Actor, id: string, input: { text: string; language?: string }, lang: string, idempotencyKey?: string): Promise<RequestDetail> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      const side = actingSide(standing, row);
      if (!mayComment(row.state)) throw new Conflict('request-not-in-this-state', { state: row.state }, { state: row.state });
      if (idempotencyKey) {
        const replay = await claimIdempotency(uow.trx, actor.userId, idempotencyKey, `POST /requests/${id}/comments`, input, uow.now);
        if (replay.replayed) return;
      }
      const seq = await appendEvent(uow.trx, id, { type: 'commented', side, actorUserId: actor.userId, actorAuthority: authorityOf(row, side), text: input.text, textLanguage: input.language ?? actor.preferredLanguage }, uow.now);
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: authorityOf(row, side), action: 'request.commented', subjectType: 'request', subjectId: id, after: { seq } });
      await notify(uow.trx, row, { kind: 'commented', to: [{ handlerOf: other(side) }], about: side }, actor.userId, uow.now, ctx.config.publicUrl);
      if (idempotencyKey) await completeIdempotency(uow.trx, actor.userId, idempotencyKey, 200, { id, seq });
    },
    ctx.now(),
  );
  return getRequest(ctx, actor, id, lang);
}

/** The side on which the actor allocates: the receiver's once sent (that is where allocation matters), else the requester's. */
function allocationSide(standing: Standing, row: RequestRow): Side {
  const sides = standing.allocates.filter((s) => s === 'requester' || row.state !== 'draft');
  if (sides.length === 0) throw new Forbidden('request-not-an-allocator');
  return sides.includes('receiver') ? 'receiver' : sides[0]!;
}

/** People of the actor's side who may be given the request: its handlers and supervisors. */
export async function handlerCandidates(ctx: AppContext, actor: Actor, id: string): Promise<Array<{ id: string; name: string }>> {
  const { row, standing } = await openRequest(ctx, ctx.db, actor, id);
  const side = allocationSide(standing, row);
  const rows = await ctx.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.roles'])
    .where('m.authority_id', '=', authorityOf(row, side)!)
    .where('u.status', '=', 'active')
    .orderBy('u.name')
    .execute();
  return rows.filter((r) => r.roles.includes('handler') || r.roles.includes('supervisor')).map((r) => ({ id: r.id, name: r.name }));
}

export async function allocateRequest(ctx: AppContext, actor: Actor, id: string, input: { version: number; handler: string | null }, lang: string): Promise<RequestDetail> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      const side = allocationSide(standing, row);
      expectVersion(row, input.version);
      if (row.state === 'closed' || row.state === 'rejected' || row.state === 'withdrawn') throw new Conflict('request-not-in-this-state', { state: row.state }, { state: row.state });
      const authority = authorityOf(row, side)!;
      if (input.handler) {
        const member = await uow.trx.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['m.roles', 'u.status']).where('m.authority_id', '=', authority).where('m.user_id', '=', input.handler).executeTakeFirst();
        if (!member || member.status !== 'active' || !(member.roles.includes('handler') || member.roles.includes('supervisor'))) throw new Invalid('request-handler-not-eligible');
      }
      const column = side === 'requester' ? 'requester_handler' : 'receiver_handler';
      const before = row[column];
      // Allocating to whoever already has it changes nothing and records nothing.
      if (before === input.handler) return;
      await uow.trx.updateTable('requests').set({ [column]: input.handler, version: row.version + 1, updated_at: uow.now }).where('id', '=', id).execute();
      await appendEvent(uow.trx, id, { type: 'allocated', side, actorUserId: actor.userId, actorAuthority: authority, details: { handler: input.handler } }, uow.now);
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: authority, action: 'request.allocated', subjectType: 'request', subjectId: id, before: { handler: before }, after: { handler: input.handler, side } });
      if (input.handler) await notify(uow.trx, row, { kind: 'allocated', to: [{ user: input.handler }], about: other(side) }, actor.userId, uow.now, ctx.config.publicUrl);
    },
    ctx.now(),
  );
  return getRequest(ctx, actor, id, lang);
}

export async function adjustDeadline(ctx: AppContext, actor: Actor, id: string, input: { version: number; kind: 'accept' | 'answer'; date: string; reason: string; language?: string }, lang: string): Promise<RequestDetail> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      const side = actingSide(standing, row);
      expectVersion(row, input.version);
      if (!mayAdjustDeadlines(row.state)) throw new Conflict('request-not-in-this-state', { state: row.state }, { state: row.state });
      if (input.kind === 'accept' && row.state !== 'sent' && row.state !== 'awaiting-reassignment') throw new Conflict('request-deadline-passed-stage', {}, { state: row.state });
      const at = endOfDate(input.date);
      if (at < uow.now) throw new Invalid('request-deadline-past');
      const column = input.kind === 'accept' ? 'accept_by' : 'answer_by';
      await uow.trx
        .updateTable('requests')
        .set({ [column]: at, version: row.version + 1, updated_at: uow.now, reminded: row.reminded.filter((r) => !r.includes(`:${input.kind}:`)) })
        .where('id', '=', id)
        .execute();
      const details = { kind: input.kind, from: row[column]?.toISOString() ?? null, deadline: at.toISOString() };
      await appendEvent(uow.trx, id, { type: 'deadline-changed', side, actorUserId: actor.userId, actorAuthority: authorityOf(row, side), details: { kind: details.kind, previous: details.from, deadline: details.deadline }, text: input.reason, textLanguage: input.language ?? actor.preferredLanguage }, uow.now);
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: authorityOf(row, side), action: 'request.deadline-changed', subjectType: 'request', subjectId: id, before: { [input.kind]: details.from }, after: { [input.kind]: details.deadline } });
    },
    ctx.now(),
  );
  return getRequest(ctx, actor, id, lang);
}
