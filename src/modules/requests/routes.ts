import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkIdempotencyKey } from '../../db/idempotency.js';
import { Invalid } from '../../server/errors.js';
import { requireActor } from '../../server/plugins/request-context.js';
import { addAttachment, readAttachment, removeAttachment } from './attachments.js';
import { exportCaseFile } from './export.js';
import { listRequests } from './inbox.js';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.js';
import {
  actionInput,
  allocationInput,
  attachmentParams,
  attachmentView,
  commentInput,
  createRequestInput,
  deadlineInput,
  handedOver,
  handlerCandidates,
  idParams,
  listQuery,
  notificationList,
  requestDetail,
  requestList,
  updateRequestInput,
} from './schema.js';
import { actOnRequest, createRequest, deleteDraft, getRequest, updateRequest } from './service.js';
import { adjustDeadline, allocateRequest, commentOnRequest, handlerCandidates as listHandlerCandidates } from './team-actions.js';

/** Information requests and the user's notifications. HTTP only: parse, call the use case, reply. */
const session = [{ session: [] }];
const signedIn = async (request: FastifyRequest) => {
  requireActor(request);
};
const idempotencyHeader = z.object({ 'idempotency-key': z.string().optional() });
const conflict = { 409: z.any().describe('problem+json: the request changed meanwhile (`currentVersion`, `state`) or is not in a state for this') };

export const requestRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const maxBytes = app.ctx.config.attachments.maxBytes;
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 200, parts: 6 } });

  app.post(
    '/requests',
    {
      onRequest: signedIn,
      schema: {
        tags: ['requests'],
        summary: 'Start a request as a draft (Idempotency-Key: a retried call returns the same draft)',
        security: session,
        headers: idempotencyHeader,
        body: createRequestInput,
        response: { 200: requestDetail, 201: requestDetail },
      },
    },
    async (request, reply) => {
      const key = checkIdempotencyKey(request.headers['idempotency-key']);
      const result = await createRequest(app.ctx, requireActor(request), request.body, request.lang, key);
      if (result.status === 200) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.detail);
    },
  );

  app.get(
    '/requests',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: "The caller's inbox: one box, filtered and paged, with the count of every box", security: session, querystring: listQuery, response: { 200: requestList } } },
    async (request) => listRequests(app.ctx, requireActor(request), request.query, request.lang),
  );

  app.get(
    '/requests/:id',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: 'One request with its answers, attachments, timeline and what the caller may do now (404 for non-participants)', security: session, params: idParams, response: { 200: requestDetail } } },
    async (request) => getRequest(app.ctx, requireActor(request), request.params.id, request.lang),
  );

  app.patch(
    '/requests/:id',
    {
      onRequest: signedIn,
      schema: { tags: ['requests'], summary: "Edit a draft (requester) or the receiver's answers while in progress", security: session, params: idParams, body: updateRequestInput, response: { 200: requestDetail, ...conflict } },
    },
    async (request) => updateRequest(app.ctx, requireActor(request), request.params.id, request.body, request.lang),
  );

  app.delete(
    '/requests/:id',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: 'Delete a draft', security: session, params: idParams, response: { 204: z.null(), ...conflict } } },
    async (request, reply) => {
      await deleteDraft(app.ctx, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/requests/:id/actions',
    {
      onRequest: signedIn,
      schema: {
        tags: ['requests'],
        summary: 'Take a workflow action (send, accept, reject, forward, answer, close, ...) on the version the caller saw; 202 when the caller no longer takes part afterwards (forwarded, reassigned)',
        security: session,
        params: idParams,
        body: actionInput,
        response: { 200: requestDetail, 202: handedOver, ...conflict },
      },
    },
    async (request, reply) => {
      const result = await actOnRequest(app.ctx, requireActor(request), request.params.id, request.body, request.lang);
      return 'handedOver' in result ? reply.status(202).send(result) : reply.status(200).send(result);
    },
  );

  app.post(
    '/requests/:id/comments',
    {
      onRequest: signedIn,
      schema: { tags: ['requests'], summary: 'Add a comment to the timeline (Idempotency-Key accepted)', security: session, params: idParams, headers: idempotencyHeader, body: commentInput, response: { 200: requestDetail } },
    },
    async (request) => commentOnRequest(app.ctx, requireActor(request), request.params.id, request.body, request.lang, checkIdempotencyKey(request.headers['idempotency-key'])),
  );

  app.post(
    '/requests/:id/allocation',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: "Allocate to a handler of the caller's authority (or to nobody)", security: session, params: idParams, body: allocationInput, response: { 200: requestDetail, ...conflict } } },
    async (request) => allocateRequest(app.ctx, requireActor(request), request.params.id, request.body, request.lang),
  );

  app.get(
    '/requests/:id/handlers',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: "Who of the caller's authority may be allocated the request", security: session, params: idParams, response: { 200: handlerCandidates } } },
    async (request) => ({ items: await listHandlerCandidates(app.ctx, requireActor(request), request.params.id) }),
  );

  app.post(
    '/requests/:id/deadlines',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: 'Move the deadline to accept or to answer, with a reason', security: session, params: idParams, body: deadlineInput, response: { 200: requestDetail, ...conflict } } },
    async (request) => adjustDeadline(app.ctx, requireActor(request), request.params.id, request.body, request.lang),
  );

  app.post(
    '/requests/:id/attachments',
    {
      onRequest: signedIn,
      schema: {
        tags: ['requests'],
        summary: 'Attach a document (multipart/form-data, one `file`; `question` as a field before the file or in the query). Checked by content, size and virus scan',
        security: session,
        params: idParams,
        querystring: z.object({ question: z.string().max(60).optional() }),
        consumes: ['multipart/form-data'],
        response: { 201: attachmentView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) throw new Invalid('attachment-missing');
      const file = await request.file();
      if (!file) throw new Invalid('attachment-missing');
      let content: Buffer;
      try {
        content = await file.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new Invalid('attachment-too-large', { maxMb: Math.round((maxBytes / 1048576) * 10) / 10 });
        throw err;
      }
      const field = file.fields.question as { value?: unknown } | undefined;
      const question = request.query.question ?? (typeof field?.value === 'string' && field.value ? field.value : undefined);
      const attachment = await addAttachment(app.ctx, actor, request.params.id, { filename: file.filename, content, ...(question ? { question } : {}) });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/requests/:id/attachments/:attachmentId',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: 'Download an attachment (participants only)', security: session, params: attachmentParams } },
    async (request, reply) => {
      const file = await readAttachment(app.ctx, requireActor(request), request.params.id, request.params.attachmentId);
      reply.header('content-type', file.mediaType);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', "sandbox; default-src 'none'");
      reply.header('cache-control', 'private, no-store');
      reply.header('digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
      return reply.send(file.content);
    },
  );

  app.delete(
    '/requests/:id/attachments/:attachmentId',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: "Remove a document while its side may still change what it sends", security: session, params: attachmentParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeAttachment(app.ctx, requireActor(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/requests/:id/pdf',
    { onRequest: signedIn, schema: { tags: ['requests'], summary: "The request as a PDF case file in the caller's language", security: session, params: idParams } },
    async (request, reply) => {
      const file = await exportCaseFile(app.ctx, requireActor(request), request.params.id, request.lang);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(file.content);
    },
  );

  // ---- notifications ----

  app.get(
    '/notifications',
    {
      onRequest: signedIn,
      schema: {
        tags: ['notifications'],
        summary: "The caller's notifications, newest first",
        security: session,
        querystring: z.object({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: notificationList },
      },
    },
    async (request) => listNotifications(app.ctx, requireActor(request), { unread: request.query.unread === 'true', limit: request.query.limit }),
  );

  app.post(
    '/notifications/read-all',
    { onRequest: signedIn, schema: { tags: ['notifications'], summary: 'Mark every notification read', security: session, response: { 204: z.null() } } },
    async (request, reply) => {
      await markAllNotificationsRead(app.ctx, requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/:id/read',
    { onRequest: signedIn, schema: { tags: ['notifications'], summary: 'Mark one notification read', security: session, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await markNotificationRead(app.ctx, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
