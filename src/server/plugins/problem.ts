import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, TooManyRequests } from '../errors.js';
import { translate } from '../../modules/i18n/messages.js';

/**
 * The one error handler: every failure leaves as RFC 9457 application/problem+json,
 * with a stable `type`, a `code`, and `title`/`detail` in the caller's language.
 */
export const PROBLEM_TYPE_BASE = 'urn:openimi:problem:';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  extensions: Record<string, unknown> = {},
): FastifyReply {
  const lang = request.lang ?? 'en';
  const body: ProblemDocument = {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: translate(lang, `problem.${code}.title`, params),
    status,
    detail: translate(lang, `problem.${code}`, params),
    code,
    instance: request.url.split('?')[0],
    ...extensions,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').header('content-language', lang).send(body);
}

const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e?.code && DB_DOWN_CODES.has(e.code)) return true;
  const m = e?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(m);
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof DomainError) {
      if (err instanceof TooManyRequests && err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
      return sendProblem(request, reply, err.status, err.code, err.params, err.extensions);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        pointer: `/${v.instancePath.replace(/^\//, '')}`,
        in: err.validationContext ?? 'body',
        code: (v.params as { issue?: { code?: string } } | undefined)?.issue?.code ?? v.keyword,
        message: v.message,
      }));
      return sendProblem(request, reply, 400, 'validation', { count: errors.length }, { errors });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return sendProblem(request, reply, 500, 'internal');
    }
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      return sendProblem(request, reply, 403, 'csrf');
    }
    if (err.statusCode === 429) {
      return sendProblem(request, reply, 429, 'too-many-requests');
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      return sendProblem(request, reply, 413, 'payload-too-large');
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415) {
      return sendProblem(request, reply, 415, 'unsupported-media-type');
    }
    if (err.statusCode === 400) {
      return sendProblem(request, reply, 400, 'malformed-body');
    }
    if (isDatabaseUnavailable(err)) {
      request.log.error({ err: err.message }, 'database unavailable');
      return sendProblem(request, reply, 503, 'unavailable');
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal');
  });
}
