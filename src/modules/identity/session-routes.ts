import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fullSessionReply, loginBody, loginReply, secondFactorBody, sessionSecurity } from './schema.js';
import { completeSecondFactor, signIn, signOut } from './service.js';
import { clearSessionCookie, sessionClient, setSessionCookie } from './session-cookie.js';

/** Per client address, on top of the per-e-mail throttle: slows down spraying many accounts. */
export const SIGN_IN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

export const sessionRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config } = app.ctx;

  app.post(
    '/session',
    {
      config: { rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['session'],
        summary: 'Sign in with e-mail and password (and a TOTP code, optionally in the same call)',
        description:
          'Answers `full` with the user, `totp` when a second factor is awaited, or `totp-enrol` when the country requires TOTP and the user must enrol first. ' +
          '401 `invalid-credentials` for any wrong e-mail, password or code; 429 `login-locked` after too many failures.',
        body: loginBody,
        response: { 200: loginReply },
      },
    },
    async (request, reply) => {
      const result = await signIn(app.ctx, { ...request.body, client: sessionClient(request), previousSession: request.session });
      setSessionCookie(reply, config, result.session.token);
      return result.me ? { stage: result.session.stage, me: result.me } : { stage: result.session.stage };
    },
  );

  app.post(
    '/session/second-factor',
    {
      config: { rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['session'],
        summary: 'Complete a sign-in with a TOTP code or a recovery code',
        body: secondFactorBody,
        response: { 200: fullSessionReply },
      },
    },
    async (request, reply) => {
      const result = await completeSecondFactor(app.ctx, request.session, request.body, sessionClient(request));
      setSessionCookie(reply, config, result.session.token);
      return { stage: 'full' as const, me: result.me };
    },
  );

  app.delete(
    '/session',
    {
      schema: { tags: ['session'], security: sessionSecurity, summary: 'Sign out', response: { 204: z.null().describe('Signed out') } },
    },
    async (request, reply) => {
      await signOut(app.ctx, request.session);
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );
};
