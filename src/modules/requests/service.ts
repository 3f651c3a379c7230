import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { claimIdempotency, completeIdempotency } from '../../db/idempotency.js';
import { inTransaction, type UnitOfWork } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../server/errors.js';
import type { Procedure } from '../catalogue/schema.js';
import { workflowSideFor, type Side } from './access.js';
import { checkAnswers, hiddenAnswers, missingRequired, type AnswerBy, type AnswerProblem } from './answers.js';
import { editableSection, optionsOf } from './capabilities.js';
import { deadlineFrom } from './deadlines.js';
import { AUDIENCE, notify } from './notify.js';
import { expectVersion, openRequest, type OpenRequest } from './open.js';
import type { z } from 'zod';
import type { ActionInput, AnswerValue, createRequestInput, RequestDetail, updateRequestInput } from './schema.js';
import { appendEvent, loadAnswers, loadRequest, snapshotOfRow } from './store.js';
import { detailOf } from './view.js';
import { decide, evolve, FINAL_STATES, sidesAllowed, type RefusalCode, type RequestAction, type RequestState } from './workflow.js';

/**
 * The use cases of information requests: each loads the request, checks the actor's standing
 * first, decides with the pure workflow, and writes the new state, its timeline entry, its audit
 * event and its notifications in one transaction (db/transaction.ts).
 */

export async function getRequest(ctx: AppContext, actor: Actor, id: string, lang: string): Promise<RequestDetail> {
  const open = await openRequest(ctx, ctx.db, actor, id);
  return detailOf(ctx.db, open.row, open.definition, open.standing, lang, ctx.now());
}

function answerProblems(problems: AnswerProblem[], code = 'request-answers-invalid'): Invalid {
  return new Invalid(code, { count: problems.length }, { errors: problems.map((p) => ({ pointer: `/answers/${p.question}`, in: 'body', code: p.code })) });
}

async function attachmentIds(uow: UnitOfWork, requestId: string): Promise<Set<string>> {
  const rows = await uow.trx.selectFrom('request_attachments').select('id').where('request_id', '=', requestId).execute();
  return new Set(rows.map((r) => r.id));
}

/** Writes one side's answer changes (null clears), then drops answers whose questions are no longer shown. */
async function writeAnswers(uow: UnitOfWork, requestId: string, definition: Procedure, professions: readonly string[], by: AnswerBy, changes: Record<string, AnswerValue | null>, language: string, userId: string): Promise<string[]> {
  const problems = checkAnswers(definition, by, changes, { professions: new Set(professions), attachments: await attachmentIds(uow, requestId) });
  if (problems.length > 0) throw answerProblems(problems);
  for (const [question, value] of Object.entries(changes)) {
    if (value === null) {
      await uow.trx.deleteFrom('request_answers').where('request_id', '=', requestId).where('question', '=', question).execute();
      continue;
    }
    const free = typeof value === 'string' && definition.sections.some((s) => s.questions.some((q) => q.code === question && (q.type === 'text' || q.type === 'long-text')));
    await uow.trx
      .insertInto('request_answers')
      .values({ request_id: requestId, question, by, value: JSON.stringify(value), language: free ? language : null, updated_by: userId, updated_at: uow.now })
      .onConflict((oc) => oc.columns(['request_id', 'question']).doUpdateSet({ value: JSON.stringify(value), language: free ? language : null, updated_by: userId, updated_at: uow.now }))
      .execute();
  }
  const all = await loadAnswers(uow.trx, requestId);
  const hidden = hiddenAnswers(definition, new Map([...all].map(([k, v]) => [k, v.value])));
  if (hidden.length > 0) await uow.trx.deleteFrom('request_answers').where('request_id', '=', requestId).where('question', 'in', hidden).execute();
  return Object.keys(changes);
}

// ---- create, edit, delete a draft ----

export type CreateRequestInput = z.infer<typeof createRequestInput>;

/** The authority the actor writes for: the one named, or their only one where they handle requests. */
function requesterMembership(actor: Actor, authorityId: string | undefined) {
  const eligible = actor.memberships.filter((m) => m.authorityStatus === 'active' && (m.roles.includes('handler') || m.roles.includes('supervisor')));
  if (authorityId) {
    const m = eligible.find((e) => e.authorityId === authorityId);
    if (!m) throw new Forbidden('request-not-a-handler');
    return m;
  }
  if (eligible.length === 1) return eligible[0]!;
  if (eligible.length === 0) throw new Forbidden('request-not-a-handler');
  throw new Invalid('request-choose-authority');
}

async function checkReceiver(uow: UnitOfWork, requesterCountry: string, receiverId: string, procedure: Procedure, area: string): Promise<{ id: string; country: string }> {
  const receiver = await uow.trx.selectFrom('authorities').select(['id', 'country', 'status', 'procedures', 'competences']).where('id', '=', receiverId).executeTakeFirst();
  if (!receiver || receiver.status !== 'active') throw new Invalid('request-receiver-unknown');
  if (receiver.country === requesterCountry) throw new Invalid('request-receiver-same-country');
  if (!receiver.procedures.includes(procedure.code) && !receiver.competences.includes(area)) throw new Invalid('request-receiver-not-competent');
  return { id: receiver.id, country: receiver.country };
}

function commissionFor(definition: Procedure, wanted: boolean | undefined): boolean {
  const role = definition.participants.commission;
  if (role === 'always') return true;
  if (role === 'none' && wanted) throw new Invalid('request-commission-not-offered');
  return role === 'optional' ? (wanted ?? false) : false;
}

export async function createRequest(ctx: AppContext, actor: Actor, input: CreateRequestInput, lang: string, idempotencyKey?: string): Promise<{ status: 200 | 201; detail: RequestDetail }> {
  const membership = requesterMembership(actor, input.requesterAuthority);
  const procedure = ctx.catalogue.catalogue.procedures.get(input.procedure);
  if (!procedure || procedure.workflow.type !== 'request') throw new Invalid('request-unknown-procedure', { procedure: input.procedure });
  const version = await ctx.catalogue.currentVersion(input.procedure);
  const snapshot = version ? await ctx.catalogue.snapshot(input.procedure, version) : undefined;
  if (!version || !snapshot) throw new Invalid('request-unknown-procedure', { procedure: input.procedure });
  const definition = snapshot.definition;
  const language = input.language ?? actor.preferredLanguage;

  const result = await inTransaction(
    ctx.db,
    async (uow) => {
      if (idempotencyKey) {
        const replay = await claimIdempotency<{ id: string }>(uow.trx, actor.userId, idempotencyKey, 'POST /requests', input, uow.now);
        if (replay.replayed) return { id: replay.result.id, created: false };
      }
      const receiver = input.receiverAuthority ? await checkReceiver(uow, membership.country, input.receiverAuthority, definition, snapshot.area) : null;
      const id = randomUUID();
      const seq = await sql<{ n: string }>`SELECT nextval('request_reference_seq') AS n`.execute(uow.trx);
      const reference = `REQ-${uow.now.getUTCFullYear()}-${String(seq.rows[0]!.n).padStart(6, '0')}`;
      await uow.trx
        .insertInto('requests')
        .values({
          id,
          reference,
          procedure: input.procedure,
          procedure_version: version,
          area: snapshot.area,
          state: 'draft',
          subject: input.subject,
          subject_language: language,
          requester_authority: membership.authorityId,
          requester_country: membership.country,
          receiver_authority: receiver?.id ?? null,
          receiver_country: receiver?.country ?? null,
          requester_handler: actor.userId,
          receiver_handler: null,
          commission: commissionFor(definition, input.commission),
          accept_by: null,
          answer_by: null,
          created_by: actor.userId,
          created_at: uow.now,
          updated_at: uow.now,
          sent_at: null,
          closed_at: null,
        })
        .execute();
      if (input.answers) await writeAnswers(uow, id, definition, snapshot.professionChoices, 'sender', input.answers, language, actor.userId);
      await appendEvent(uow.trx, id, { type: 'created', side: 'requester', actorUserId: actor.userId, actorAuthority: membership.authorityId }, uow.now);
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: membership.authorityId,
        action: 'request.created',
        subjectType: 'request',
        subjectId: id,
        after: { reference, procedure: input.procedure, version, receiver: receiver?.id ?? null },
      });
      if (idempotencyKey) await completeIdempotency(uow.trx, actor.userId, idempotencyKey, 201, { id });
      return { id, created: true };
    },
    ctx.now(),
  );
  return { status: result.created ? 201 : 200, detail: await getRequest(ctx, actor, result.id, lang) };
}

export type UpdateRequestInput = z.infer<typeof updateRequestInput>;

export async function updateRequest(ctx: AppContext, actor: Actor, id: string, input: UpdateRequestInput, lang: string): Promise<RequestDetail> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const open = await openRequest(ctx, uow.trx, actor, id, true);
      const { row, standing, definition, snapshot } = open;
      const sides = standing.actsFor.filter((s) => editableSection(row.state, s) !== null);
      if (sides.length === 0) {
        if (standing.actsFor.length === 0) throw new Forbidden('request-read-only');
        throw new Conflict('request-not-editable', { state: row.state }, { state: row.state });
      }
      expectVersion(row, input.version);
      const side: Side = sides.includes('requester') && row.state === 'draft' ? 'requester' : 'receiver';
      const draftFields = input.subject !== undefined || input.receiverAuthority !== undefined || input.commission !== undefined;
      if (draftFields && side !== 'requester') throw new Invalid('request-not-editable');
      const language = input.language ?? actor.preferredLanguage;
      const changes: Record<string, unknown> = {};
      const set: Record<string, unknown> = { version: row.version + 1, updated_at: uow.now };
      if (input.subject !== undefined) set.subject = changes.subject = input.subject;
      if (input.subject !== undefined || input.language !== undefined) set.subject_language = language;
      if (input.receiverAuthority !== undefined) {
        const receiver = input.receiverAuthority ? await checkReceiver(uow, row.requester_country, input.receiverAuthority, definition, snapshot.area) : null;
        set.receiver_authority = receiver?.id ?? null;
        set.receiver_country = receiver?.country ?? null;
        changes.receiver = receiver?.id ?? null;
      }
      if (input.commission !== undefined) set.commission = changes.commission = commissionFor(definition, input.commission);
      if (input.answers) {
        changes.answers = await writeAnswers(uow, id, definition, snapshot.professionChoices, editableSection(row.state, side)!, input.answers, language, actor.userId);
      }
      if (side === 'receiver' && row.receiver_handler === null) set.receiver_handler = actor.userId;
      await uow.trx.updateTable('requests').set(set).where('id', '=', id).execute();
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: side === 'requester' ? row.requester_authority : row.receiver_authority,
        action: 'request.updated',
        subjectType: 'request',
        subjectId: id,
        before: { version: row.version },
        // Which fields and questions changed, not their content: the content is in the request itself.
        after: { version: row.version + 1, ...changes },
      });
    },
    ctx.now(),
  );
  return getRequest(ctx, actor, id, lang);
}

export async function deleteDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      if (!standing.actsFor.includes('requester')) throw new Forbidden('request-read-only');
      if (row.state !== 'draft') throw new Conflict('request-not-a-draft', { state: row.state }, { state: row.state });
      await uow.trx.deleteFrom('requests').where('id', '=', id).execute();
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: row.requester_authority, action: 'request.deleted', subjectType: 'request', subjectId: id, before: { reference: row.reference } });
    },
    ctx.now(),
  );
}

// ---- workflow actions ----

const REFUSALS: Record<RefusalCode, (state: RequestState, allowedIn?: readonly RequestState[]) => Error> = {
  'not-a-participant': () => new NotFound(),
  'wrong-side': () => new Forbidden('request-wrong-side'),
  'not-offered-by-procedure': () => new Forbidden('request-action-not-offered'),
  'not-in-this-state': (state, allowedIn) => new Conflict('request-not-in-this-state', { state }, { state, allowedIn: allowedIn ?? [] }),
  'unknown-reason': () => new Invalid('request-unknown-reason'),
  'text-required': () => new Invalid('request-text-required'),
  'same-authority': () => new Invalid('request-same-authority'),
  'other-country': () => new Invalid('request-other-country'),
  'already-escalated': (state) => new Conflict('request-already-escalated', {}, { state }),
  'not-escalated': (state) => new Conflict('request-not-escalated', {}, { state }),
};

/** The workflow action, with a target authority's country looked up. */
async function toWorkflowAction(uow: UnitOfWork, input: ActionInput['action']): Promise<RequestAction> {
  if (input.type === 'forward' || input.type === 'reassign') {
    const target = await uow.trx.selectFrom('authorities').select(['id', 'country', 'status']).where('id', '=', input.to.authority).executeTakeFirst();
    if (!target || target.status !== 'active') throw new Invalid('request-receiver-unknown');
    return { type: input.type, to: { authority: target.id, country: target.country } };
  }
  return input as RequestAction;
}

/** Checks that hold before an event beyond the state machine: a receiver to send to, required answers. */
async function preconditions(uow: UnitOfWork, open: OpenRequest, action: RequestAction): Promise<void> {
  if (action.type !== 'send' && action.type !== 'answer') return;
  if (action.type === 'send' && !open.row.receiver_authority) throw new Invalid('request-receiver-missing');
  const answers = await loadAnswers(uow.trx, open.row.id);
  const missing = missingRequired(open.definition, action.type === 'send' ? 'sender' : 'receiver', new Map([...answers].map(([k, v]) => [k, v.value])));
  if (missing.length > 0) throw answerProblems(missing, 'request-answers-missing');
}

function freeTextOf(input: ActionInput['action']): string | null {
  switch (input.type) {
    case 'request-information':
    case 'provide-information':
      return input.message;
    case 'contest':
      return input.comment;
    case 'withdraw':
      return input.reason;
    case 'reject':
    case 'forward':
    case 'forward-to-coordinator':
    case 'reassign':
    case 'escalate':
      return input.comment || null;
    default:
      return null;
  }
}

/** What an actor who no longer takes part after their action (forwarded, reassigned) gets back instead of the request. */
export interface HandedOver {
  handedOver: { id: string; reference: string; state: RequestState; version: number };
}

export async function actOnRequest(ctx: AppContext, actor: Actor, id: string, input: ActionInput, lang: string): Promise<RequestDetail | HandedOver> {
  const result = await inTransaction(
    ctx.db,
    async (uow) => {
      const open = await openRequest(ctx, uow.trx, actor, id, true);
      const { row, standing, definition } = open;
      const side = workflowSideFor(standing, sidesAllowed(input.action.type));
      if (!side) throw new Forbidden('request-read-only');
      expectVersion(row, input.version);
      const action = await toWorkflowAction(uow, input.action);
      const decision = decide(snapshotOfRow(row), action, side, optionsOf(definition));
      if (!decision.ok) throw REFUSALS[decision.refusal](row.state, decision.allowedIn);
      await preconditions(uow, open, action);
      const event = decision.event;
      const next = evolve(snapshotOfRow(row), event);
      const now = uow.now;

      const set: Record<string, unknown> = { state: next.state, version: row.version + 1, updated_at: now, escalated_by: [...next.escalatedBy] };
      if (next.receiverAuthority !== row.receiver_authority) {
        set.receiver_authority = next.receiverAuthority;
        set.receiver_country = next.receiverCountry;
        set.receiver_handler = null;
      }
      if (event.type === 'sent') {
        set.sent_at = now;
        set.accept_by = deadlineFrom(definition, 'accept', now);
        set.requester_handler = row.requester_handler ?? actor.userId;
      }
      if (event.type === 'forwarded' || event.type === 'reassigned') {
        set.accept_by = deadlineFrom(definition, 'accept', now);
        set.answer_by = null;
        set.reminded = [];
      }
      if (event.type === 'accepted') set.answer_by = row.answer_by ?? deadlineFrom(definition, 'answer', now);
      if (event.type === 'contested') {
        set.answer_by = deadlineFrom(definition, 'answer', now);
        set.reminded = [];
      }
      if (FINAL_STATES.includes(next.state)) set.closed_at = now;
      // Acting on an unallocated request makes it the actor's own, for a handler.
      const participant = side === 'requester' || side === 'receiver' ? side : null;
      const membership = participant ? actor.memberships.find((m) => m.authorityId === (participant === 'requester' ? row.requester_authority : row.receiver_authority)) : undefined;
      if (participant === 'receiver' && row.receiver_handler === null && !('receiver_handler' in set) && membership?.roles.includes('handler')) set.receiver_handler = actor.userId;
      await uow.trx.updateTable('requests').set(set).where('id', '=', id).execute();

      const text = freeTextOf(input.action);
      const details: Record<string, unknown> = {};
      if (event.type === 'rejected') details.reason = event.reason;
      if (event.type === 'escalated') details.ground = event.ground;
      if (event.type === 'forwarded') Object.assign(details, { from: event.from, to: event.to });
      if (event.type === 'forwarded-to-coordinator') details.from = event.from;
      if (event.type === 'reassigned') Object.assign(details, { from: row.receiver_authority, to: event.to });
      const actingAuthority = participant === 'requester' ? row.requester_authority : participant === 'receiver' ? row.receiver_authority : null;
      await appendEvent(uow.trx, id, { type: event.type, side, actorUserId: actor.userId, actorAuthority: actingAuthority, details, text, textLanguage: input.language ?? actor.preferredLanguage }, now);
      await uow.audit({
        actorUserId: actor.userId,
        actingAuthorityId: actingAuthority,
        action: `request.${event.type}`,
        subjectType: 'request',
        subjectId: id,
        before: { state: row.state, version: row.version, receiver: row.receiver_authority },
        after: { state: next.state, version: row.version + 1, receiver: next.receiverAuthority || null, ...details },
      });

      const after = await loadRequest(uow.trx, id);
      const audience = AUDIENCE[event.type];
      if (audience) {
        await notify(uow.trx, after, audience, actor.userId, now, ctx.config.publicUrl);
      }
      if (event.type === 'escalated') {
        await notify(uow.trx, after, { kind: 'escalated', to: [{ coordinatorsOf: event.side }], about: event.side === 'requester' ? 'receiver' : 'requester' }, actor.userId, now, ctx.config.publicUrl);
      }
      return { reference: row.reference, state: next.state, version: row.version + 1 };
    },
    ctx.now(),
  );
  try {
    return await getRequest(ctx, actor, id, lang);
  } catch (err) {
    if (err instanceof NotFound) return { handedOver: { id, ...result } };
    throw err;
  }
}
