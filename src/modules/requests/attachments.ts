import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../server/errors.js';
import type { Side } from './access.js';
import { editableSection, mayAttach } from './capabilities.js';
import { openRequest } from './open.js';
import { appendEvent, loadAnswers } from './store.js';

/**
 * Documents attached to a request. Content is checked and stored by the files module (size,
 * sniffed type, ClamAV) before anything is written here; the row, its timeline entry and its
 * audit event then go in one transaction. Only those who can see the request can download.
 */
export interface AttachmentUpload {
  filename: string;
  content: Buffer;
  question?: string;
}

export async function addAttachment(ctx: AppContext, actor: Actor, id: string, upload: AttachmentUpload) {
  // Standing and permission first, outside the transaction: nothing is scanned or stored for someone who may not attach.
  const first = await openRequest(ctx, ctx.db, actor, id);
  const side = first.standing.actsFor.find((s) => mayAttach(first.row.state, s));
  if (!side) throw first.standing.actsFor.length === 0 ? new Forbidden('request-read-only') : new Conflict('request-not-in-this-state', { state: first.row.state }, { state: first.row.state });
  if (upload.question !== undefined) {
    const section = editableSection(first.row.state, side);
    const question = first.definition.sections.filter((s) => s.by === section).flatMap((s) => s.questions).find((q) => q.code === upload.question);
    if (!question || question.type !== 'attachment') throw new Invalid('request-attachment-question-unknown', { question: upload.question });
  }
  const stored = await ctx.files.accept({ filename: upload.filename, content: upload.content });
  const attachmentId = randomUUID();
  return inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      if (!standing.actsFor.includes(side) || !mayAttach(row.state, side)) throw new Conflict('request-changed', {}, { currentVersion: row.version, state: row.state });
      const authority = side === 'requester' ? row.requester_authority : row.receiver_authority;
      await uow.trx
        .insertInto('request_attachments')
        .values({
          id: attachmentId,
          request_id: id,
          sha256: stored.sha256,
          size: stored.size,
          media_type: stored.mediaType,
          filename: stored.filename,
          question: upload.question ?? null,
          side,
          uploaded_by: actor.userId,
          uploaded_at: uow.now,
        })
        .execute();
      await appendEvent(uow.trx, id, { type: 'attachment-added', side, actorUserId: actor.userId, actorAuthority: authority, details: { filename: stored.filename, sha256: stored.sha256, attachment: attachmentId } }, uow.now);
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: authority, action: 'request.attachment-added', subjectType: 'request', subjectId: id, after: { attachment: attachmentId, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType } });
      return {
        id: attachmentId,
        filename: stored.filename,
        size: stored.size,
        mediaType: stored.mediaType,
        sha256: stored.sha256,
        question: upload.question ?? null,
        side,
        uploadedBy: { id: actor.userId, name: actor.name },
        uploadedAt: uow.now.toISOString(),
      };
    },
    ctx.now(),
  );
}

async function findAttachment(ctx: AppContext, requestId: string, attachmentId: string) {
  const row = await ctx.db.selectFrom('request_attachments').selectAll().where('id', '=', attachmentId).where('request_id', '=', requestId).executeTakeFirst();
  if (!row) throw new NotFound();
  return row;
}

export async function readAttachment(ctx: AppContext, actor: Actor, id: string, attachmentId: string) {
  await openRequest(ctx, ctx.db, actor, id);
  const row = await findAttachment(ctx, id, attachmentId);
  const content = await ctx.files.read(row.sha256);
  return { filename: row.filename, mediaType: row.media_type, sha256: row.sha256, content };
}

/** The uploader's side removes a document while it may still change what it sends; answers that cite it lose it. */
export async function removeAttachment(ctx: AppContext, actor: Actor, id: string, attachmentId: string): Promise<void> {
  await inTransaction(
    ctx.db,
    async (uow) => {
      const { row, standing } = await openRequest(ctx, uow.trx, actor, id, true);
      const attachment = await uow.trx.selectFrom('request_attachments').selectAll().where('id', '=', attachmentId).where('request_id', '=', id).executeTakeFirst();
      if (!attachment) throw new NotFound();
      const side = attachment.side as Side;
      if (!standing.actsFor.includes(side)) throw new Forbidden('request-read-only');
      if (editableSection(row.state, side) === null) throw new Conflict('request-not-editable', { state: row.state }, { state: row.state });
      await uow.trx.deleteFrom('request_attachments').where('id', '=', attachmentId).execute();
      for (const [question, answer] of await loadAnswers(uow.trx, id)) {
        if (!Array.isArray(answer.value) || !answer.value.includes(attachmentId)) continue;
        const rest = answer.value.filter((v) => v !== attachmentId);
        if (rest.length === 0) await uow.trx.deleteFrom('request_answers').where('request_id', '=', id).where('question', '=', question).execute();
        else await uow.trx.updateTable('request_answers').set({ value: JSON.stringify(rest), updated_at: uow.now, updated_by: actor.userId }).where('request_id', '=', id).where('question', '=', question).execute();
      }
      const authority = side === 'requester' ? row.requester_authority : row.receiver_authority;
      await appendEvent(uow.trx, id, { type: 'attachment-removed', side, actorUserId: actor.userId, actorAuthority: authority, details: { filename: attachment.filename, sha256: attachment.sha256 } }, uow.now);
      await uow.audit({ actorUserId: actor.userId, actingAuthorityId: authority, action: 'request.attachment-removed', subjectType: 'request', subjectId: id, before: { attachment: attachmentId, sha256: attachment.sha256 } });
    },
    ctx.now(),
  );
}
