import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../server/plugins/request-context.js';
import { loadMe, updateProfile } from './me.js';
import { changePassword } from './password-change.js';
import { codeBody, meSchema, passwordChangeBody, profileBody, recoveryCodesReply, sessionSecurity, totpSetupReply } from './schema.js';
import { sessionClient, setSessionCookie } from './session-cookie.js';
import { disableTotp, enableTotp, renewRecoveryCodes, replaceTotp, setupTotp } from './totp-enrolment.js';

const noContent = { 204: z.null().describe('Done') };

/** The signed-in user: profile, password and second factor. */
export const meRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config } = app.ctx;

  app.get(
    '/me',
    { schema: { tags: ['me'], security: sessionSecurity, summary: 'The signed-in user', response: { 200: meSchema } } },
    async (request) => loadMe(app.ctx.db, requireActor(request).userId),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Change your name or interface language',
        body: profileBody,
        response: { 200: meSchema },
      },
    },
    async (request) => updateProfile(app.ctx, requireActor(request), request.body),
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Change your password; your other sessions end',
        body: passwordChangeBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await changePassword(app.ctx, requireActor(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/totp/setup',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Start TOTP enrolment: a new secret, its otpauth URL and a QR code (SVG)',
        description: 'Also allowed in a `totp-enrol` session.',
        response: { 200: totpSetupReply },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return setupTotp(app.ctx, request.session);
    },
  );

  app.post(
    '/me/totp/enable',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Confirm TOTP enrolment with a first code; returns ten recovery codes, shown once',
        description: 'In a `totp-enrol` session this also completes the sign-in.',
        body: codeBody,
        response: { 200: recoveryCodesReply },
      },
    },
    async (request, reply) => {
      const result = await enableTotp(app.ctx, request.session, request.body.code, sessionClient(request));
      if (result.session) setSessionCookie(reply, config, result.session.token);
      reply.header('cache-control', 'no-store');
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.delete(
    '/me/totp',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Turn TOTP off (with a current code or a recovery code)',
        description: '409 `totp-required-by-country` when a country you work for requires TOTP.',
        body: codeBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await disableTotp(app.ctx, requireActor(request), request.body.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/totp/replace',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'Replace the authenticator app (with a current code or a recovery code)',
        description:
          'Removes the current TOTP secret and recovery codes, ends every session of the user, and answers with a new `totp-enrol` session (cookie): the user must enrol the new app (POST /me/totp/setup, then /me/totp/enable) before anything else. Allowed also where a country requires TOTP.',
        body: codeBody,
        response: { 200: z.object({ stage: z.literal('totp-enrol') }) },
      },
    },
    async (request, reply) => {
      const session = await replaceTotp(app.ctx, requireActor(request), request.body.code, sessionClient(request));
      setSessionCookie(reply, config, session.token);
      return { stage: 'totp-enrol' as const };
    },
  );

  app.post(
    '/me/recovery-codes',
    {
      schema: {
        tags: ['me'],
        security: sessionSecurity,
        summary: 'A new set of recovery codes (with a current code or a recovery code); the old set stops working',
        body: codeBody,
        response: { 200: recoveryCodesReply },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { recoveryCodes: await renewRecoveryCodes(app.ctx, requireActor(request), request.body.code) };
    },
  );
};
