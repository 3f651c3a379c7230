import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completeActivation } from './activation-completion.js';
import { completePasswordReset, requestPasswordReset } from './password-reset.js';
import { passwordResetBody, tokenPasswordBody } from './schema.js';

/** Per client address: each reset request may send a mail. */
export const RESET_RATE_LIMIT = { max: 20, timeWindow: '1 minute' } as const;
const TOKEN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

/** Getting into an account without a session: password reset and activation by mailed link. */
export const accountAccessRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/password-reset',
    {
      config: { rateLimit: RESET_RATE_LIMIT },
      schema: {
        tags: ['account'],
        summary: 'Ask for a password reset link',
        description: 'Always 202, whether an account has this e-mail or not; only an active account gets a mail.',
        body: passwordResetBody,
        response: { 202: z.object({}).describe('Accepted') },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.ctx, request.body.email);
      return reply.code(202).send({});
    },
  );

  app.post(
    '/password-reset/complete',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags: ['account'],
        summary: 'Set a new password with the mailed token; every session of the account ends',
        body: tokenPasswordBody,
        response: { 204: z.null().describe('Password set') },
      },
    },
    async (request, reply) => {
      await completePasswordReset(app.ctx, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/activation/complete',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags: ['account'],
        summary: 'Activate a new account with the mailed token and choose its password',
        body: tokenPasswordBody,
        response: { 204: z.null().describe('Account active') },
      },
    },
    async (request, reply) => {
      await completeActivation(app.ctx, request.body);
      return reply.code(204).send(null);
    },
  );
};
